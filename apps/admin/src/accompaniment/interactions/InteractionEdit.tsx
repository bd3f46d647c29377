import { Edit, SimpleForm } from 'react-admin';
import { LaureateChildToolbar } from '../laureates/LaureateChildToolbar';
import { redirectToLaureateTab } from '../laureates/laureateTabs';
import { InteractionInputs } from './InteractionInputs';

export const InteractionEdit = () => (
  <Edit mutationMode="pessimistic" redirect={redirectToLaureateTab('journal')}>
    <SimpleForm toolbar={<LaureateChildToolbar tab="journal" />}>
      <InteractionInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
