import { SelectInput } from 'react-admin';
import { seasonStatusChoices } from '../../common/choices';
import { SearchFilter } from '../../common/SearchFilter';

export const seasonFilters = [
  <SearchFilter key="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={seasonStatusChoices} alwaysOn />,
];
