import { ReferenceField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { partnershipPurposeChoices, partnershipStatusChoices } from '../../common/choices';
import { LocaleDateField } from '../../common/fields';
import { LaureateChildShowActions } from '../laureates/LaureateChildShowActions';

export const PartnershipShow = () => (
  <Show actions={<LaureateChildShowActions tab="partners" />}>
    <SimpleShowLayout>
      <ReferenceField source="laureateId" reference="laureates" link="show" />
      <ReferenceField source="organisationId" reference="organisations" link="show" />
      <SelectField source="purpose" choices={partnershipPurposeChoices} />
      <SelectField source="status" choices={partnershipStatusChoices} />
      <LocaleDateField source="since" emptyText="—" />
      <ReferenceField source="contactId" reference="contacts" link="show" emptyText="—" />
      <TextField source="notes" sx={{ whiteSpace: 'pre-line' }} emptyText="—" />
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
