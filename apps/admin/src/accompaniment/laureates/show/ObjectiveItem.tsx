import { Box, Typography } from '@mui/material';
import { EditButton, type RaRecord, useTranslate } from 'react-admin';
import { useFormatDate } from '../useFormatDate';

const STATUS_SEVERITY: Record<string, string> = { open: 'info', achieved: 'success', abandoned: '' };

/** One roadmap objective: title, status badge, target date, edit link. */
export const ObjectiveItem = ({ objective, canWrite }: { objective: RaRecord; canWrite: boolean }) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const severity = STATUS_SEVERITY[objective.status];
  return (
    <Box component="li" sx={{ py: 1, borderTop: '1px solid var(--border-default-grey)' }}>
      <Typography component="h3" variant="body1" sx={{ fontWeight: 700 }}>
        {objective.title}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <span className={`fr-badge fr-badge--sm fr-badge--no-icon${severity ? ` fr-badge--${severity}` : ''}`}>
          {translate(`aic.objectiveStatuses.${objective.status}`)}
        </span>
        {objective.targetDate && (
          <Typography variant="body2" component="span">
            {translate('aic.accompaniment.roadmap.targetDate', { date: formatDate(objective.targetDate) })}
          </Typography>
        )}
        {canWrite && <EditButton resource="objectives" record={objective} aria-label={translate('aic.accompaniment.editOf', { name: objective.title })} />}
      </Box>
    </Box>
  );
};
