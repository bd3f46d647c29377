import { Edit, SimpleForm } from 'react-admin';
import { SaveDeleteToolbar } from '../../common/toolbars';
import { OrganisationInputs } from './OrganisationInputs';

export const OrganisationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<SaveDeleteToolbar />}>
      <OrganisationInputs />
    </SimpleForm>
  </Edit>
);
