import { AutocompleteInput, ReferenceInput } from 'react-admin';
import { SearchFilter } from '../common/SearchFilter';
import { LaureateInput } from '../laureates/LaureateInput';

export const contactFilters = [
  <SearchFilter key="q" alwaysOn />,
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} helperText={false} sx={{ minWidth: '16rem' }} />
  </ReferenceInput>,
  <LaureateInput key="laureateId" source="laureateId" alwaysOn />,
];
