import { Box } from '@mui/material';
import { type RaRecord, useRecordContext, useTranslate } from 'react-admin';
import { todayIso, useFormatDate } from '../laureates/useFormatDate';

const OPEN = ['planned', 'in_progress'];

/** An open action past its due date is overdue (same rule as the API's `overdue` filter). */
export const isOverdue = (action?: RaRecord | null) =>
  !!action?.dueOn && OPEN.includes(action.status ?? '') && action.dueOn < todayIso();

/** The due date; an overdue one also says so in words, not only in colour. */
export const DueOnField = (_: { source?: 'dueOn' }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const formatDate = useFormatDate();
  if (!record?.dueOn) return null;
  const overdue = isOverdue(record);
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5 }}>
      <span style={{ whiteSpace: 'nowrap' }}>{formatDate(record.dueOn)}</span>
      {overdue && <span className="fr-badge fr-badge--sm fr-badge--error" style={{ whiteSpace: 'nowrap' }}>{translate('aic.accompaniment.overdue')}</span>}
    </Box>
  );
};
