import { Create, SimpleForm } from 'react-admin';
import { ReferentAssignmentInputs } from './ReferentAssignmentInputs';

export const ReferentAssignmentCreate = () => (
  <Create mutationMode="pessimistic" redirect="list">
    <SimpleForm defaultValues={{ kind: 'interministerial' }}>
      <ReferentAssignmentInputs />
    </SimpleForm>
  </Create>
);
