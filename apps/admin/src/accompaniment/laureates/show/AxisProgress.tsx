import { Box, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';

// A native <progress> (implicit progressbar role, value read by screen readers), drawn like DSFR.
const bar = {
  width: '100%',
  height: '0.75rem',
  appearance: 'none',
  border: 'none',
  borderRadius: '0.375rem',
  overflow: 'hidden',
  backgroundColor: 'var(--background-contrast-grey)',
  '&::-webkit-progress-bar': { backgroundColor: 'var(--background-contrast-grey)' },
  '&::-webkit-progress-value': { backgroundColor: 'var(--background-action-high-blue-france)' },
  '&::-moz-progress-bar': { backgroundColor: 'var(--background-action-high-blue-france)' },
} as const;

/** Actions done out of the axis's actions that are not cancelled, as a bar and as text. */
export const AxisProgress = ({ axisLabel, done, total }: { axisLabel: string; done: number; total: number }) => {
  const translate = useTranslate();
  const textId = useId();
  return (
    <Box sx={{ my: 1 }}>
      <Box
        component="progress"
        value={done}
        max={Math.max(total, 1)}
        aria-label={translate('aic.accompaniment.roadmap.progressLabel', { axis: axisLabel })}
        aria-describedby={textId}
        sx={bar}
      />
      <Typography id={textId} variant="body2" className="axis-progress-text">
        {translate('aic.accompaniment.roadmap.progress', { done, total })}
      </Typography>
    </Box>
  );
};
