import { FUNNEL_STEPS } from '@aic/domain';
import { useTranslate } from 'react-admin';
import { useApiGet } from '../../common/useApiGet';
import { selectionApi } from '../../selection/common/selectionApi';
import type { FunnelResponse } from '../../selection/funnel/funnelData';
import { ChartFigure } from './ChartFigure';

/** The season's selection funnel among the programme figures, by track (the selection screen has the other breakdowns). */
export const SelectionFunnelFigure = ({ seasonId, year }: { seasonId: number; year: number }) => {
  const translate = useTranslate();
  const { data } = useApiGet<FunnelResponse>(selectionApi.funnel(seasonId));
  if (!data || data.total.received === 0) return null;
  return (
    <ChartFigure
      id="chart-selectionFunnel"
      title={translate('aic.selection.funnel.title')}
      categoryHeading={translate('aic.selection.funnel.step')}
      categories={FUNNEL_STEPS.map((step) => translate(`aic.selection.funnel.steps.${step}`))}
      series={data.byTrack.map(({ track, ...counts }) => ({ label: translate(`aic.tracks.${track}`), values: FUNNEL_STEPS.map((step) => counts[step]) }))}
      csvName={`entonnoir-selection-${year}`}
      stacked
    />
  );
};
