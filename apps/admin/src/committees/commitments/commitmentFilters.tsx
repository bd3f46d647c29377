import { SelectInput } from 'react-admin';
import { AutocompleteFilter } from '../../common/AutocompleteFilter';
import { commitmentKindChoices, commitmentStatusChoices } from '../../common/choices';
import { SearchFilter } from '../../common/SearchFilter';
import { SeasonFilter } from '../../programme/seasons/SeasonFilter';

export const commitmentFilters = [
  <SearchFilter key="q" alwaysOn />,
  <SeasonFilter key="seasonId" source="seasonId" alwaysOn />,
  <SelectInput key="status" source="status" choices={commitmentStatusChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={commitmentKindChoices} alwaysOn />,
  <AutocompleteFilter key="organisationId" source="organisationId" reference="organisations" alwaysOn />,
];
