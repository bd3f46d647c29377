import { useMemo } from 'react';
import { AutocompleteInput, type Identifier, ReferenceInput } from 'react-admin';

/** The partnership's contact, among the people of the partner organisation once it is chosen (anonymised ones cannot be chosen). */
export const ContactOfOrganisationInput = ({ organisationId }: { organisationId?: Identifier | null }) => {
  const filter = useMemo(() => (organisationId ? { organisationId, anonymised: false } : { anonymised: false }), [organisationId]);
  return (
    <ReferenceInput source="contactId" reference="contacts" filter={filter}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} helperText={false} />
    </ReferenceInput>
  );
};
