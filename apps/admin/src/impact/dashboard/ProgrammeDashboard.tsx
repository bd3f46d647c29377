import type { SeasonFigures } from '@aic/domain';
import { Alert, Box, Typography } from '@mui/material';
import { Link, Loading, Title, useTranslate } from 'react-admin';
import { SeasonPicker } from '../../funding/funding-overview/SeasonPicker';
import { useSeasonChoice } from '../../funding/funding-overview/useSeasonChoice';
import { listPath } from '../../common/listPath';
import { useApiGet } from '../../common/useApiGet';
import { ChartFigure } from './ChartFigure';
import { figureCharts } from './figureCharts';
import { OutcomeSummary } from './OutcomeSummary';
import { SelectionFunnelFigure } from './SelectionFunnelFigure';

/** `/impact`: a season's programme figures, every one computed by the API in SQL, each chart with its table and CSV. */
export const ProgrammeDashboard = () => {
  const translate = useTranslate();
  const { seasons, season, choose } = useSeasonChoice();
  const figures = useApiGet<SeasonFigures>(season ? `/api/dashboards/programme?seasonId=${season.id}` : null);
  const data = figures.data?.seasonId === season?.id ? figures.data : undefined;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('aic.impact.title')} />
      <SeasonPicker seasons={seasons} season={season} choose={choose} />
      <Box sx={{ mb: 2 }}>
        <Link to="/impact/comparison">{translate('aic.impact.comparisonMenu')}</Link>
      </Box>
      {figures.error && <Alert severity="error">{translate('aic.impact.loadError')}</Alert>}
      {!data ? (
        !figures.error && <Loading />
      ) : (
        <>
          <OutcomeSummary outcomes={data.outcomes} />
          <Typography sx={{ mb: 2 }}>
            <Link to={listPath('actions', { seasonId: data.seasonId, overdue: true })}>
              {translate('aic.impact.charts.overdueActions')} : {data.overdueActions}
            </Link>
          </Typography>
          <SelectionFunnelFigure seasonId={data.seasonId} year={data.year} />
          {figureCharts([data], translate).map((chart) => (
            <ChartFigure key={chart.name} id={`chart-${chart.name}`} csvName={`${chart.name}-${data.year}`} {...chart} />
          ))}
        </>
      )}
    </Box>
  );
};
