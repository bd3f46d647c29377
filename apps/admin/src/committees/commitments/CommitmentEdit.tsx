import { Edit, SimpleForm } from 'react-admin';
import { SaveDeleteToolbar } from '../../common/toolbars';
import { CommitmentInputs } from './CommitmentInputs';

export const CommitmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<SaveDeleteToolbar />}>
      <CommitmentInputs />
    </SimpleForm>
  </Edit>
);
