import { Edit, SimpleForm } from 'react-admin';
import { SaveDeleteToolbar } from '../../common/toolbars';
import { CallInputs } from './CallInputs';

export const CallEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<SaveDeleteToolbar />}>
      <CallInputs />
    </SimpleForm>
  </Edit>
);
