import { SelectInput } from 'react-admin';
import { AutocompleteFilter } from '../../common/AutocompleteFilter';
import { indicatorDirectionChoices } from '../../common/choices';
import { SearchFilter } from '../../common/SearchFilter';
import { SeasonFilter } from '../../programme/seasons/SeasonFilter';

export const indicatorFilters = [
  <SearchFilter key="q" alwaysOn />,
  <SeasonFilter key="seasonId" source="seasonId" alwaysOn />,
  <AutocompleteFilter key="laureateId" source="laureateId" reference="laureates" alwaysOn />,
  <SelectInput key="direction" source="direction" choices={indicatorDirectionChoices} />,
];
