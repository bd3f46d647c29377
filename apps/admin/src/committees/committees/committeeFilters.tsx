import { SelectInput } from 'react-admin';
import { committeeKindChoices, committeeStatusChoices } from '../../common/choices';
import { SearchFilter } from '../../common/SearchFilter';
import { SeasonFilter } from '../../programme/seasons/SeasonFilter';

export const committeeFilters = [
  <SearchFilter key="q" alwaysOn />,
  <SeasonFilter key="seasonId" source="seasonId" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={committeeKindChoices} alwaysOn />,
  <SelectInput key="status" source="status" choices={committeeStatusChoices} alwaysOn />,
];
