import { Create, SimpleForm } from 'react-admin';
import { redirectToLaureateTab } from '../laureates/laureateTabs';
import { ActionInputs } from './ActionInputs';

export const ActionCreate = () => (
  <Create mutationMode="pessimistic" redirect={redirectToLaureateTab('actions')}>
    <SimpleForm defaultValues={{ status: 'planned' }}>
      <ActionInputs />
    </SimpleForm>
  </Create>
);
