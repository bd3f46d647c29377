import { ArrayInput, AutocompleteInput, email, ReferenceInput, required, SimpleFormIterator, TextInput } from 'react-admin';
import { LaureateInput } from '../../accompaniment/laureates/LaureateInput';
import { FormRow } from '../../accompaniment/laureates/FormRow';


/** Personal data: only what the accompaniment needs. Memberships are the project teams ({laureateId, role}). */
export const ContactInputs = () => (
  <>
    <FormRow>
      <TextInput source="firstName" validate={required()} autoComplete="off" />
      <TextInput source="lastName" validate={required()} autoComplete="off" />
    </FormRow>
    <FormRow>
      <TextInput source="email" type="email" validate={email()} autoComplete="off" />
      <TextInput source="phone" type="tel" autoComplete="off" />
    </FormRow>
    <TextInput source="jobTitle" />
    <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput filterToQuery={(q: string) => ({ q })} helperText="aic.parentSearchHint" />
    </ReferenceInput>
    <ArrayInput source="laureates">
      <SimpleFormIterator inline disableReordering>
        {/* Explicit keys: `resources.contacts.fields.laureates` is already the array's label. */}
        <LaureateInput source="laureateId" label="resources.contacts.fields.laureateId" writableOnly validate={required()} />
        <TextInput source="role" label="resources.contacts.fields.role" helperText={false} />
      </SimpleFormIterator>
    </ArrayInput>
    <TextInput source="notes" multiline minRows={2} />
  </>
);
