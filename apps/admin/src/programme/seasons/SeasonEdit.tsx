import { Edit, SimpleForm } from 'react-admin';
import { SaveDeleteToolbar } from '../../common/toolbars';
import { SeasonInputs } from './SeasonInputs';

export const SeasonEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<SaveDeleteToolbar />}>
      <SeasonInputs />
    </SimpleForm>
  </Edit>
);
