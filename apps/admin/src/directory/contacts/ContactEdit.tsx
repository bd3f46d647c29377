import { Edit, SimpleForm } from 'react-admin';
import { SaveDeleteToolbar } from '../../common/toolbars';
import { ContactInputs } from './ContactInputs';

export const ContactEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<SaveDeleteToolbar />}>
      <ContactInputs />
    </SimpleForm>
  </Edit>
);
