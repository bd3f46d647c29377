import { type Briefing, DECISION_OUTCOMES } from '@aic/domain';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../../common/useFormat';

const Row = ({ label, value, strong = false }: { label: string; value: string | number; strong?: boolean }) => (
  <Box sx={{ display: 'contents', fontWeight: strong ? 700 : 400 }}>
    <Box component="dt">{label}</Box>
    <Box component="dd" sx={{ m: 0, textAlign: 'right' }}>
      {value}
    </Box>
  </Box>
);

/** Decisions taken so far: count per outcome, funding granted against funding requested. */
export const DecisionSummary = ({ summary, total }: { summary: Briefing['summary']; total: number }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <Card component="section" aria-labelledby="summary-title">
      <CardContent>
        <Typography id="summary-title" component="h2" variant="h5">
          {translate('aic.summary.title')}
        </Typography>
        <Typography sx={{ mb: 1 }}>{translate('aic.summary.decided', { smart_count: summary.decided, total })}</Typography>
        <Box component="dl" className="fr-raw-list" sx={{ display: 'grid', gridTemplateColumns: '1fr auto', columnGap: 2, m: 0 }}>
          {DECISION_OUTCOMES.map((outcome) => (
            <Row key={outcome} label={translate(`aic.decisionOutcomes.${outcome}`)} value={summary.outcomes[outcome] ?? 0} />
          ))}
          <Row label={translate('aic.summary.fundingGranted')} value={format.euros(summary.fundingGranted)} strong />
          <Row label={translate('aic.summary.fundingRequested')} value={format.euros(summary.fundingRequested)} />
        </Box>
      </CardContent>
    </Card>
  );
};
