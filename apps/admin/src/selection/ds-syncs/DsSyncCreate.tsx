import { Create, SimpleForm } from 'react-admin';
import { DsSyncInputs } from './DsSyncInputs';

export const DsSyncCreate = () => (
  <Create redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <DsSyncInputs />
    </SimpleForm>
  </Create>
);
