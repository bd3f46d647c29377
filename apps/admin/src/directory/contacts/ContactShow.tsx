import { DeleteWithConfirmButton, EditButton, EmailField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { LocaleDateField } from '../../common/fields';
import { MembershipsField } from './MembershipsField';
import { useCanWriteContact } from './useCanWriteContact';

const ContactShowActions = () => {
  const canWrite = useCanWriteContact(useRecordContext());
  if (!canWrite) return null;
  return (
    <TopToolbar>
      <EditButton />
      <DeleteWithConfirmButton mutationMode="pessimistic" />
    </TopToolbar>
  );
};

export const ContactShow = () => (
  <Show actions={<ContactShowActions />}>
    <SimpleShowLayout>
      <TextField source="firstName" />
      <TextField source="lastName" />
      <EmailField source="email" emptyText="—" />
      <TextField source="phone" emptyText="—" />
      <TextField source="jobTitle" emptyText="—" />
      <ReferenceField source="organisationId" reference="organisations" link="show" emptyText="—" />
      <MembershipsField source="laureates" />
      <TextField source="notes" sx={{ whiteSpace: 'pre-line' }} emptyText="—" />
      <LocaleDateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
