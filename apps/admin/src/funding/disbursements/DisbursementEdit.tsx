import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { DisbursementInputs } from './DisbursementInputs';
import { toGrant } from './toGrant';

const DisbursementToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" redirect={toGrant} />
  </Toolbar>
);

export const DisbursementEdit = () => (
  <Edit mutationMode="pessimistic" redirect={toGrant}>
    <SimpleForm toolbar={<DisbursementToolbar />}>
      <DisbursementInputs />
    </SimpleForm>
  </Edit>
);
