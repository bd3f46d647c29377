import { Create, SimpleForm } from 'react-admin';
import { SeasonInputs } from './SeasonInputs';

export const SeasonCreate = () => (
  <Create mutationMode="pessimistic" redirect="show">
    <SimpleForm defaultValues={{ status: 'draft', year: new Date().getFullYear() }}>
      <SeasonInputs />
    </SimpleForm>
  </Create>
);
