import type { SeasonFigures } from '@aic/domain';
import { Alert, Box } from '@mui/material';
import { Loading, Title, useTranslate } from 'react-admin';
import { useApiGet } from '../../common/useApiGet';
import { ChartFigure } from './ChartFigure';
import { figureCharts } from './figureCharts';

/** `/impact/comparison`: the same figures for every season side by side, each figure one chart (one scale) and one table. */
export const SeasonComparison = () => {
  const translate = useTranslate();
  const figures = useApiGet<SeasonFigures[]>('/api/dashboards/season-comparison');
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('aic.impact.comparisonTitle')} />
      {figures.error && <Alert severity="error">{translate('aic.impact.loadError')}</Alert>}
      {!figures.data ? (
        !figures.error && <Loading />
      ) : (
        figureCharts(figures.data, translate).map((chart) => <ChartFigure key={chart.name} id={`compare-${chart.name}`} csvName={`comparaison-${chart.name}`} {...chart} />)
      )}
    </Box>
  );
};
