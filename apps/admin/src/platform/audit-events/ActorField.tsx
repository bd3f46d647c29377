import type { AuditEventRecord } from '@aic/domain';
import { Typography } from '@mui/material';
import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { useHasRole } from '../../common/permissions';

/** Only admins may read users: others see the e-mail address recorded with the event. */
export const ActorField = (_: { source?: string }) => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  const canReadUsers = useHasRole('admin');
  if (!record) return null;
  if (canReadUsers && record.actorId != null) {
    return <ReferenceField source="actorId" reference="users" link="edit" emptyText={record.actorEmail ?? ''} />;
  }
  return <Typography variant="body2">{record.actorEmail ?? translate('aic.system')}</Typography>;
};
