import { Edit, SimpleForm } from 'react-admin';
import { LaureateChildToolbar } from '../laureates/LaureateChildToolbar';
import { redirectToLaureateTab } from '../laureates/laureateTabs';
import { ActionInputs } from './ActionInputs';

export const ActionEdit = () => (
  <Edit mutationMode="pessimistic" redirect={redirectToLaureateTab('actions')}>
    <SimpleForm toolbar={<LaureateChildToolbar tab="actions" />}>
      <ActionInputs />
    </SimpleForm>
  </Edit>
);
