import { Create, SimpleForm } from 'react-admin';
import { CommitmentInputs } from './CommitmentInputs';

export const CommitmentCreate = () => (
  <Create mutationMode="pessimistic" redirect="show">
    <SimpleForm defaultValues={{ status: 'promised', kind: 'co_funding' }}>
      <CommitmentInputs />
    </SimpleForm>
  </Create>
);
