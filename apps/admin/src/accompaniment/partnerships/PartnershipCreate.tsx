import { Create, SimpleForm } from 'react-admin';
import { redirectToLaureateTab } from '../laureates/laureateTabs';
import { PartnershipInputs } from './PartnershipInputs';

export const PartnershipCreate = () => (
  <Create mutationMode="pessimistic" redirect={redirectToLaureateTab('partners')}>
    <SimpleForm defaultValues={{ status: 'identified' }}>
      <PartnershipInputs />
    </SimpleForm>
  </Create>
);
