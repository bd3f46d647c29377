import type { ManagerDashboard as ManagerDashboardData } from '@aic/domain';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link, Loading, Title, useTranslate } from 'react-admin';
import { useApiGet } from '../../common/useApiGet';
import { AlertList } from '../alerts/AlertList';
import { ChartFigure } from './ChartFigure';

const Section = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Card component="section" aria-labelledby={id} sx={{ mb: 3 }}>
    <CardContent>
      <Typography id={id} component="h2" variant="h5" sx={{ mb: 1 }}>
        {title}
      </Typography>
      {children}
    </CardContent>
  </Card>
);

/** `/impact/mine`: an acceleration manager's laureates: indicators against targets, overdue actions, quiet laureates. */
export const ManagerDashboard = () => {
  const translate = useTranslate();
  const { data, error } = useApiGet<ManagerDashboardData>('/api/dashboards/manager');
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('aic.impact.mineTitle')} />
      {error && <Alert severity="error">{translate('aic.impact.loadError')}</Alert>}
      {!data ? (
        !error && <Loading />
      ) : (
        <>
          {data.indicators.length === 0 ? (
            <Section id="mine-indicators" title={translate('aic.impact.indicators')}>
              <Typography variant="body2">{translate('aic.impact.noIndicators')}</Typography>
            </Section>
          ) : (
            <ChartFigure
              id="mine-indicators"
              title={translate('aic.impact.indicators')}
              csvName="mes-indicateurs"
              categoryHeading={translate('resources.indicators.fields.name')}
              categories={data.indicators.map((i) => `${i.laureateName} — ${i.name} (${i.unit})`)}
              series={[{ label: `${translate('resources.indicators.fields.progressPercent')} (%)`, values: data.indicators.map((i) => i.progressPercent ?? 0) }]}
            >
              <Box component="ul" sx={{ mt: 1 }}>
                {data.indicators.map((i) => (
                  <li key={i.indicatorId}>
                    <Link to={`/indicators/${i.indicatorId}/show`}>
                      {i.laureateName} — {i.name}
                    </Link>{' '}
                    {i.latestValue === null
                      ? translate('aic.impact.noMeasurement')
                      : `${translate('aic.impact.ofTarget', { value: i.latestValue.toLocaleString('fr-FR'), target: i.targetValue.toLocaleString('fr-FR'), unit: i.unit })} · ${translate('aic.impact.progress', { percent: (i.progressPercent ?? 0).toLocaleString('fr-FR') })}`}
                  </li>
                ))}
              </Box>
            </ChartFigure>
          )}
          <Section id="mine-overdue" title={translate('aic.impact.overdue')}>
            <AlertList alerts={data.overdueActions} empty="aic.alerts.empty" />
          </Section>
          <Section id="mine-quiet" title={translate('aic.impact.quiet')}>
            <AlertList alerts={data.quietLaureates} empty="aic.alerts.empty" />
          </Section>
        </>
      )}
    </Box>
  );
};
