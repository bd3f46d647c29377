import { Create, SimpleForm } from 'react-admin';
import { OutcomeSurveyInputs } from './OutcomeSurveyInputs';

export const OutcomeSurveyCreate = () => (
  <Create mutationMode="pessimistic" redirect="show">
    <SimpleForm defaultValues={{ status: 'draft' }}>
      <OutcomeSurveyInputs />
    </SimpleForm>
  </Create>
);
