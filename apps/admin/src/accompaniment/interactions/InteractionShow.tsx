import { ReferenceArrayField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { LocaleDateField } from '../../common/fields';
import { LaureateChildShowActions } from '../laureates/LaureateChildShowActions';
import { KindField } from './KindLabel';

export const InteractionShow = () => (
  <Show actions={<LaureateChildShowActions tab="journal" />}>
    <SimpleShowLayout>
      <ReferenceField source="laureateId" reference="laureates" link="show" />
      <KindField source="kind" />
      <LocaleDateField source="occurredAt" showTime />
      <TextField source="title" />
      <TextField source="summary" sx={{ whiteSpace: 'pre-line' }} emptyText="—" />
      <ReferenceField source="organisationId" reference="organisations" link="show" emptyText="—" />
      <ReferenceArrayField source="userIds" reference="staff-members" />
      <ReferenceArrayField source="contactIds" reference="contacts" />
      <ReferenceArrayField source="organisationIds" reference="organisations" />
      <TextField source="followUp" emptyText="—" />
      <LocaleDateField source="followUpDueOn" emptyText="—" />
    </SimpleShowLayout>
  </Show>
);
