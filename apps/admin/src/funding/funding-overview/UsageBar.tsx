import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';

interface Props {
  envelope: number;
  granted: number;
  paid: number;
}

// DSFR blue France: main 525 for what is granted, sun 113 (the primary colour) for what is paid. Granted but not
// yet paid is also hatched, so that the two parts differ by more than their shade (RGAA 3.1).
const GRANTED = '#6a6af4';
const HATCHED = { bgcolor: GRANTED, backgroundImage: 'repeating-linear-gradient(45deg, rgba(255,255,255,0.55) 0 3px, transparent 3px 8px)' };
const swatch = { display: 'inline-block', width: '1rem', height: '0.75rem', mr: 0.5, verticalAlign: 'middle', border: '1px solid', borderColor: 'grey.500' };

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
        <Box sx={{ position: 'absolute', inset: 0, width: width(granted), ...HATCHED }} />
        <Box sx={{ position: 'absolute', inset: 0, width: width(paid), bgcolor: 'primary.main' }} />
        {granted > envelope && <Box sx={{ position: 'absolute', top: 0, bottom: 0, left: width(envelope), width: 3, bgcolor: 'error.main' }} />}
      </Box>
      <Box aria-hidden sx={{ display: 'flex', gap: 2, mt: '0.25rem', flexWrap: 'wrap' }}>
        <Typography variant="body2" component="span">
          <Box component="span" sx={{ ...swatch, bgcolor: 'primary.main' }} />
          {translate('aic.funding.paid')}
        </Typography>
        <Typography variant="body2" component="span">
          <Box component="span" sx={{ ...swatch, ...HATCHED }} />
          {translate('aic.funding.grantedNotPaid')}
        </Typography>
      </Box>
    </Box>
  );
};
