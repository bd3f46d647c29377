import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { decisionOutcomeChoices, grantPurposeChoices, grantStatusChoices } from '../../common/choices';
import { EuroField, LocaleDateField } from '../../common/fields';
import { ShowActions } from '../../common/ShowActions';
import { FundingDocuments } from './FundingDocuments';
import { GrantDisbursements } from './GrantDisbursements';
import { GrantFollowUp } from './GrantFollowUp';

export const GrantShow = () => (
  <Show actions={<ShowActions />}>
    <SimpleShowLayout>
      <ReferenceField source="laureateId" reference="laureates" link="show" />
      <ReferenceField source="decisionId" reference="decisions" link="show" emptyText="—">
        <SelectField source="outcome" choices={decisionOutcomeChoices} />
      </ReferenceField>
      <EuroField source="amount" />
      <SelectField source="purpose" choices={grantPurposeChoices} />
      <SelectField source="status" choices={grantStatusChoices} />
      <LocaleDateField source="agreementSignedOn" />
      <LocaleDateField source="justificationDueOn" />
      <LocaleDateField source="justificationReceivedOn" />
      <TextField source="notes" sx={{ whiteSpace: 'pre-line' }} />
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
    <GrantFollowUp />
    <GrantDisbursements />
    <FundingDocuments field="grantId" />
  </Show>
);
