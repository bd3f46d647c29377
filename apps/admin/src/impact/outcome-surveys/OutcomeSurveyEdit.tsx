import { Edit, SimpleForm } from 'react-admin';
import { SaveDeleteToolbar } from '../../common/toolbars';
import { OutcomeSurveyInputs } from './OutcomeSurveyInputs';

export const OutcomeSurveyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<SaveDeleteToolbar />}>
      <OutcomeSurveyInputs />
    </SimpleForm>
  </Edit>
);
