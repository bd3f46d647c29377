import { AutocompleteInput, ReferenceInput } from 'react-admin';

/** Filter on one record of a large resource, picked by typing part of its name (searched with `q` by the API). */
export const AutocompleteFilter = ({ reference, ...props }: { source: string; reference: string; alwaysOn?: boolean }) => (
  <ReferenceInput reference={reference} sort={{ field: 'name', order: 'ASC' }} {...props}>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} helperText={false} sx={{ minWidth: '16rem' }} />
  </ReferenceInput>
);
