import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/**
 * Progress toward target as the API computes it (may exceed 100 % or be negative): the figure, and a bar clamped to
 * 0–100 drawn for the eye only (a plain box: a `progressbar` role would announce a loading state).
 */
export const ProgressField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ progressPercent: number | null }>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.progressPercent === null) return <Typography variant="body2">{translate('aic.impact.noMeasurement')}</Typography>;
  const percent = record.progressPercent;
  return (
    <Box sx={{ minWidth: 140 }}>
      <Typography variant="body2">{translate('aic.impact.progress', { percent: percent.toLocaleString('fr-FR') })}</Typography>
      <Box aria-hidden sx={{ height: 6, bgcolor: '#e5e5f4', borderRadius: 1 }}>
        <Box sx={{ height: 6, width: `${Math.max(0, Math.min(100, percent))}%`, bgcolor: '#000091', borderRadius: 1 }} />
      </Box>
    </Box>
  );
};
