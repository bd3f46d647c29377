import { Create, SimpleForm } from 'react-admin';
import { DisbursementInputs } from './DisbursementInputs';
import { toGrant } from './toGrant';

// Opened from a grant's page, which passes `grantId`; a payment beyond the grant answers 409 on the amount.
export const DisbursementCreate = () => (
  <Create mutationMode="pessimistic" redirect={toGrant}>
    <SimpleForm defaultValues={() => ({ paidOn: new Date().toISOString().slice(0, 10) })}>
      <DisbursementInputs />
    </SimpleForm>
  </Create>
);
