import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { auditActionChoices } from '../../common/choices';
import { LocaleDateField, WITH_SECONDS } from '../../common/fields';
import { ActorField } from './ActorField';
import { ChangesField } from './ChangesField';
import { ResourceNameField } from './ResourceNameField';

export const AuditEventShow = () => (
  <Show actions={false}>
    <SimpleShowLayout>
      <LocaleDateField source="occurredAt" showTime options={WITH_SECONDS} />
      <ActorField source="actorId" />
      <TextField source="actorEmail" />
      <ResourceNameField source="resource" />
      <TextField source="recordId" />
      <SelectField source="action" choices={auditActionChoices} />
      <ChangesField source="changes" />
      <TextField source="requestId" />
    </SimpleShowLayout>
  </Show>
);
