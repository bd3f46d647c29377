import { Edit, SimpleForm } from 'react-admin';
import { SaveDeleteToolbar } from '../../common/toolbars';
import { ReferentAssignmentInputs } from './ReferentAssignmentInputs';

export const ReferentAssignmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<SaveDeleteToolbar />}>
      <ReferentAssignmentInputs />
    </SimpleForm>
  </Edit>
);
