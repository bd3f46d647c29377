import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../../../common/useFormat';
import { BriefingSection } from './BriefingSection';
import type { BriefingDecision } from '@aic/domain';

/** The decision already taken, as printed in the briefing pack. */
export const DecisionRecap = ({ decision }: { decision: BriefingDecision }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <BriefingSection title={translate('aic.briefing.decision')}>
      <Typography>
        <strong>{translate(`aic.decisionOutcomes.${decision.outcome}`)}</strong> — {translate('aic.briefing.fundingGranted')}
        {translate('aic.briefing.colon')}{' '}
        {format.euros(decision.fundingGranted)}
      </Typography>
      {decision.conditions && (
        <Typography sx={{ whiteSpace: 'pre-line' }}>
          {translate('resources.decisions.fields.conditions')}
          {translate('aic.briefing.colon')} {decision.conditions}
        </Typography>
      )}
      {decision.rationale && (
        <Typography sx={{ whiteSpace: 'pre-line' }}>
          {translate('resources.decisions.fields.rationale')}
          {translate('aic.briefing.colon')} {decision.rationale}
        </Typography>
      )}
    </BriefingSection>
  );
};
