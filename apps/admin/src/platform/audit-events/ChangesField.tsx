import type { AuditEventRecord } from '@aic/domain';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const show = (value: unknown): string =>
  value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);

/** `{ field: { before, after } }` as a three-column table. */
export const ChangesField = (_: { source?: string }) => {
  const record = useRecordContext<AuditEventRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const entries = Object.entries(record.changes ?? {});
  if (entries.length === 0) return <Typography variant="body2">{translate('aic.changes.empty')}</Typography>;
  return (
    <Table size="small" sx={{ '& caption': { captionSide: 'top', p: 0, pb: 1 } }}>
      <caption>{translate('aic.changes.caption')}</caption>
      <TableHead>
        <TableRow>
          <TableCell scope="col">{translate('aic.changes.field')}</TableCell>
          <TableCell scope="col">{translate('aic.changes.before')}</TableCell>
          <TableCell scope="col">{translate('aic.changes.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map(([field, change]) => (
          <TableRow key={field}>
            <TableCell component="th" scope="row">
              {translate(`resources.${record.resource}.fields.${field}`, { _: field })}
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{show(change?.before)}</TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{show(change?.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
