import type { AuditEventRecord } from '@aic/domain';
import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export const ResourceNameField = (_: { source?: string }) => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography variant="body2">
      {translate(`resources.${record.resource}.name`, { smart_count: 2, _: record.resource })}
    </Typography>
  );
};
