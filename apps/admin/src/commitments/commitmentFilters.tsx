import { AutocompleteInput, ReferenceInput, SelectInput } from 'react-admin';
import { commitmentKindChoices, commitmentStatusChoices } from '../common/choices';
import { SearchFilter } from '../common/SearchFilter';

export const commitmentFilters = [
  <SearchFilter key="q" alwaysOn />,
  <ReferenceInput key="seasonId" source="seasonId" reference="seasons" sort={{ field: 'year', order: 'DESC' }} alwaysOn>
    <SelectInput helperText={false} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={commitmentStatusChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={commitmentKindChoices} alwaysOn />,
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} helperText={false} sx={{ minWidth: '16rem' }} />
  </ReferenceInput>,
];
