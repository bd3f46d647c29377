import { Edit, SimpleForm } from 'react-admin';
import { LaureateChildToolbar } from '../laureates/LaureateChildToolbar';
import { redirectToLaureateTab } from '../laureates/laureateTabs';
import { ObjectiveInputs } from './ObjectiveInputs';

export const ObjectiveEdit = () => (
  <Edit mutationMode="pessimistic" redirect={redirectToLaureateTab('roadmap')}>
    <SimpleForm toolbar={<LaureateChildToolbar tab="roadmap" />}>
      <ObjectiveInputs />
    </SimpleForm>
  </Edit>
);
