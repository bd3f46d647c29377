import { Box, LinearProgress, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Progress toward target as the API computes it (may exceed 100 % or be negative): a bar clamped to 0–100 and the figure. */
export const ProgressField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<{ progressPercent: number | null }>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.progressPercent === null) return <Typography variant="body2">{translate('aic.impact.noMeasurement')}</Typography>;
  const percent = record.progressPercent;
  return (
    <Box sx={{ minWidth: 140 }}>
      <Typography variant="body2">{translate('aic.impact.progress', { percent: percent.toLocaleString('fr-FR') })}</Typography>
      <LinearProgress variant="determinate" value={Math.max(0, Math.min(100, percent))} aria-hidden sx={{ height: 6 }} />
    </Box>
  );
};
