import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../../common/useFormat';
import type { EnvelopeExcess } from './envelopeExcess';

/** Envelope, already granted, this funding, total and excess, as a description list. */
export const EnvelopeFigures = ({ excess }: { excess: EnvelopeExcess }) => {
  const translate = useTranslate();
  const format = useFormat();
  const rows: Array<[string, number]> = [
    ['envelope', excess.envelope],
    ['alreadyGranted', excess.alreadyGranted],
    ['requested', excess.requested],
    ['total', excess.total],
    ['excess', Math.round((excess.total - excess.envelope) * 100) / 100],
  ];
  return (
    <Box
      component="dl"
      className="fr-raw-list"
      sx={{ display: 'grid', gridTemplateColumns: 'auto auto', justifyContent: 'start', columnGap: 2, my: 1 }}
    >
      {rows.map(([key, amount]) => (
        <Box key={key} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ fontWeight: key === 'excess' ? 700 : 400 }}>
            {translate(`aic.envelope.${key}`)}
          </Box>
          <Box component="dd" sx={{ m: 0, textAlign: 'right', fontWeight: key === 'excess' ? 700 : 400 }}>
            {format.euros(amount)}
          </Box>
        </Box>
      ))}
    </Box>
  );
};
