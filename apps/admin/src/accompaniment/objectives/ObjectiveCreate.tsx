import { Create, SimpleForm } from 'react-admin';
import { redirectToLaureateTab } from '../laureates/laureateTabs';
import { ObjectiveInputs } from './ObjectiveInputs';

export const ObjectiveCreate = () => (
  <Create mutationMode="pessimistic" redirect={redirectToLaureateTab('roadmap')}>
    <SimpleForm defaultValues={{ status: 'open' }}>
      <ObjectiveInputs />
    </SimpleForm>
  </Create>
);
