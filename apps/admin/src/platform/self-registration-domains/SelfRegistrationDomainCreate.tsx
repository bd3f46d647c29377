import { Create, regex, required, SimpleForm, TextInput } from 'react-admin';

// As the API: the part after the @, matched exactly; a leading @ is dropped there.
const domain = regex(/^@?[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/, 'resources.self-registration-domains.invalid');

export const SelfRegistrationDomainCreate = () => (
  <Create mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <TextInput source="domain" autoComplete="off" validate={[required(), domain]} helperText="resources.self-registration-domains.fields.domainHint" />
    </SimpleForm>
  </Create>
);
