import { SelectInput } from 'react-admin';
import { AutocompleteFilter } from '../../common/AutocompleteFilter';
import { grantStatusChoices } from '../../common/choices';
import { SeasonFilter } from '../../programme/seasons/SeasonFilter';

export const grantFilters = [
  <SeasonFilter key="seasonId" source="seasonId" alwaysOn />,
  <AutocompleteFilter key="laureateId" source="laureateId" reference="laureates" alwaysOn />,
  <SelectInput key="status" source="status" choices={grantStatusChoices} alwaysOn />,
];
