import type { ProgrammeOutcomes } from '@aic/domain';
import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The programme's outcomes as the programme publishes them ("8 lauréats sur 9 ont gagné 12 à 24 mois"). */
export const OutcomeSummary = ({ outcomes }: { outcomes: ProgrammeOutcomes }) => {
  const translate = useTranslate();
  const total = outcomes.laureates;
  const line = (key: string, count: number, extra: object = {}) => (
    <li key={key} data-outcome={key}>
      {translate(`aic.impact.outcomes.${key}`, { count, total, ...extra })}
    </li>
  );
  const percent = total > 0 ? Math.round((100 * outcomes.autonomous) / total) : 0;
  return (
    <Card component="section" aria-labelledby="impact-outcomes-title" sx={{ mb: 3 }}>
      <CardContent>
        <Typography id="impact-outcomes-title" component="h2" variant="h5" sx={{ mb: 1 }}>
          {translate('aic.impact.outcomesTitle')}
        </Typography>
        <ul>
          {line('saved12To24Months', outcomes.saved12To24Months)}
          {line('funded', outcomes.funded)}
          {line('autonomous', outcomes.autonomous, { percent })}
          {line('interministerialActions', outcomes.interministerialActions)}
          {line('metNewPartners', outcomes.metNewPartners)}
          {line('validatedSurveys', outcomes.validatedSurveys)}
        </ul>
      </CardContent>
    </Card>
  );
};
