import { Edit, SimpleForm } from 'react-admin';
import { DsSyncInputs } from './DsSyncInputs';

export const DsSyncEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <DsSyncInputs />
    </SimpleForm>
  </Edit>
);
