import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { DeleteRecordButton } from '../../common/DeleteRecordButton';
import { FundingDocuments } from '../grants/FundingDocuments';
import { DisbursementInputs } from './DisbursementInputs';
import { toGrant } from './toGrant';

const DisbursementToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteRecordButton redirect={toGrant} />
  </Toolbar>
);

export const DisbursementEdit = () => (
  <Edit mutationMode="pessimistic" redirect={toGrant}>
    <SimpleForm toolbar={<DisbursementToolbar />}>
      <DisbursementInputs />
    </SimpleForm>
    <FundingDocuments field="disbursementId" />
  </Edit>
);
