import { Edit, SimpleForm } from 'react-admin';
import { LaureateChildToolbar } from '../laureates/LaureateChildToolbar';
import { redirectToLaureateTab } from '../laureates/laureateTabs';
import { PartnershipInputs } from './PartnershipInputs';

export const PartnershipEdit = () => (
  <Edit mutationMode="pessimistic" redirect={redirectToLaureateTab('partners')}>
    <SimpleForm toolbar={<LaureateChildToolbar tab="partners" />}>
      <PartnershipInputs />
    </SimpleForm>
  </Edit>
);
