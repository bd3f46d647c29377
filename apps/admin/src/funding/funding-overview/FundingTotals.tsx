import { Box, Paper, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../common/useFormat';
import type { FundingOverviewData } from './types';
import { UsageBar } from './UsageBar';

// dl > div > dt + dd: the only wrapper a description list allows.
const Tile = ({ label, value, emphasis = false }: { label: string; value: string; emphasis?: boolean }) => (
  <Paper variant="outlined" sx={{ p: 2, ...(emphasis ? { borderColor: 'error.main', borderWidth: 2 } : {}) }}>
    <Typography component="dt" variant="body2">
      {label}
    </Typography>
    <Typography component="dd" variant="h5" sx={{ m: 0, fontWeight: 700 }}>
      {value}
    </Typography>
  </Paper>
);

const COLUMNS = { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' };

/** Envelope, granted, paid and what is left — or by how much the envelope is exceeded. */
export const FundingTotals = ({ overview }: { overview: FundingOverviewData }) => {
  const translate = useTranslate();
  const format = useFormat();
  const { envelope, granted, paid, remaining } = overview;
  const overrun = remaining !== null && remaining < 0;
  const noEnvelope = translate('aic.funding.noEnvelope');
  const left =
    remaining === null
      ? { label: translate('aic.funding.remaining'), value: noEnvelope }
      : { label: translate(overrun ? 'aic.funding.overrun' : 'aic.funding.remaining'), value: format.euros(Math.abs(remaining)) };
  return (
    <Box sx={{ mb: 3 }}>
      <Box component="dl" className="fr-raw-list" sx={{ display: 'grid', gridTemplateColumns: COLUMNS, gap: 2, m: 0 }}>
        <Tile label={translate('aic.funding.envelope')} value={envelope === null ? noEnvelope : format.euros(envelope)} />
        <Tile label={translate('aic.funding.granted')} value={format.euros(granted)} />
        <Tile label={translate('aic.funding.paid')} value={format.euros(paid)} />
        <Tile label={left.label} value={left.value} emphasis={overrun} />
      </Box>
      {envelope !== null && envelope > 0 && <UsageBar envelope={envelope} granted={granted} paid={paid} />}
    </Box>
  );
};
