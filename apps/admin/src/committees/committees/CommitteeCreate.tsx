import { Create, SimpleForm } from 'react-admin';
import { CommitteeInputs } from './CommitteeInputs';

export const CommitteeCreate = () => (
  <Create mutationMode="pessimistic" redirect="show">
    <SimpleForm defaultValues={{ kind: 'acceleration', status: 'planned', memberIds: [], externalMembers: [] }}>
      <CommitteeInputs />
    </SimpleForm>
  </Create>
);
