import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';

interface Props {
  envelope: number;
  granted: number;
  paid: number;
}

// DSFR blue France: main 525 for what is granted, sun 113 (the primary colour) for what is paid.
const GRANTED = '#6a6af4';

/** The envelope as a bar (paid, granted not yet paid, left), hidden from assistive technologies: the sentence says it. */
export const UsageBar = ({ envelope, granted, paid }: Props) => {
  const translate = useTranslate();
  const format = useFormat();
  const scale = Math.max(envelope, granted);
  const width = (amount: number) => `${Math.min(100, (amount / scale) * 100)}%`;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography sx={{ mb: '0.25rem' }}>
        {translate('aic.funding.usage', { granted: format.percent(granted / envelope), paid: format.percent(paid / envelope) })}
      </Typography>
      <Box aria-hidden sx={{ position: 'relative', height: 16, bgcolor: 'grey.200', borderRadius: 1, overflow: 'hidden', maxWidth: '48rem' }}>
        <Box sx={{ position: 'absolute', inset: 0, width: width(granted), bgcolor: GRANTED }} />
        <Box sx={{ position: 'absolute', inset: 0, width: width(paid), bgcolor: 'primary.main' }} />
        {granted > envelope && <Box sx={{ position: 'absolute', top: 0, bottom: 0, left: width(envelope), width: 3, bgcolor: 'error.main' }} />}
      </Box>
    </Box>
  );
};
