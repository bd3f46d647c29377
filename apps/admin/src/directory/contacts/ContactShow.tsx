import { Alert } from '@mui/material';
import { EditButton, EmailField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { DeleteRecordButton } from '../../common/DeleteRecordButton';
import { LocaleDateField } from '../../common/fields';
import { useHasRole } from '../../common/permissions';
import { intlLocale } from '../../i18n';
import { MembershipsField } from './MembershipsField';
import { AnonymiseButton } from './personal-data/AnonymiseButton';
import { ExportPersonalDataButton } from './personal-data/ExportPersonalDataButton';
import { DATA_PROTECTION_ROLES } from './personal-data/roles';
import { useCanWriteContact } from './useCanWriteContact';

const ContactShowActions = () => {
  const record = useRecordContext();
  const canWrite = useCanWriteContact(record);
  const protectsData = useHasRole(...DATA_PROTECTION_ROLES);
  if (!canWrite && !protectsData) return null;
  return (
    <TopToolbar>
      {canWrite && !record?.anonymisedAt && <EditButton />}
      {protectsData && <ExportPersonalDataButton />}
      {protectsData && <AnonymiseButton />}
      {canWrite && <DeleteRecordButton />}
    </TopToolbar>
  );
};

const AnonymisedNotice = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record?.anonymisedAt) return null;
  const date = new Date(record.anonymisedAt).toLocaleDateString(intlLocale(locale), { dateStyle: 'long' });
  return <Alert severity="info">{translate('aic.personalData.anonymisedNotice', { date })}</Alert>;
};

export const ContactShow = () => (
  <Show actions={<ContactShowActions />}>
    <SimpleShowLayout>
      <AnonymisedNotice />
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
