import { Create, SimpleForm } from 'react-admin';
import { OrganisationInputs } from './OrganisationInputs';

export const OrganisationCreate = () => (
  <Create mutationMode="pessimistic" redirect="show">
    <SimpleForm defaultValues={{ kind: 'association' }}>
      <OrganisationInputs />
    </SimpleForm>
  </Create>
);
