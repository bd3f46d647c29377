import type { SeasonFigures } from '@aic/domain';
import { ACTION_STATUSES, AXES, COMMITMENT_STATUSES, LAUREATE_PHASES, PARTNERSHIP_STATUSES } from '@aic/domain';
import type { ChartSeries } from './ChartFigure';

type Translate = (key: string, options?: object) => string;

export interface FigureChart {
  name: string;
  title: string;
  categoryHeading: string;
  categories: string[];
  /** One series per season given: the same categories, so seasons compare on one scale. */
  series: ChartSeries[];
  stacked?: boolean;
}

const OUTCOME_KEYS = ['laureates', 'validatedSurveys', 'saved12To24Months', 'funded', 'autonomous', 'partlyAutonomous', 'metNewPartners', 'interministerialActions'] as const;

/**
 * The programme lead's charts for one or several seasons: each season is a series of the same categories. With one
 * season, actions are split by status (stacked); with several, they are counted by axis, one bar per season.
 */
export function figureCharts(seasons: SeasonFigures[], translate: Translate): FigureChart[] {
  const t = (key: string) => translate(key);
  const perSeason = (values: (s: SeasonFigures) => number[]) => seasons.map((s) => ({ label: s.name, values: values(s) }));
  const counts = (name: string, keys: readonly string[], group: string, pick: (s: SeasonFigures) => Record<string, number>): FigureChart => ({
    name,
    title: t(`aic.impact.charts.${name}`),
    categoryHeading: t('aic.impact.figure'),
    categories: keys.map((k) => t(`aic.${group}.${k}`)),
    series: perSeason((s) => keys.map((k) => pick(s)[k] ?? 0)),
  });
  const single = seasons.length === 1 ? seasons[0] : undefined;
  const actions: FigureChart = single
    ? {
        name: 'actionsByAxis',
        title: t('aic.impact.charts.actionsByAxis'),
        categoryHeading: t('aic.impact.figure'),
        categories: AXES.map((axis) => t(`aic.axes.${axis}`)),
        series: ACTION_STATUSES.map((status) => ({ label: t(`aic.actionStatuses.${status}`), values: AXES.map((axis) => single.actionsByAxis[axis]?.[status] ?? 0) })),
        stacked: true,
      }
    : {
        name: 'actionsByAxis',
        title: t('aic.impact.charts.actionsByAxis'),
        categoryHeading: t('aic.impact.figure'),
        categories: AXES.map((axis) => t(`aic.axes.${axis}`)),
        series: perSeason((s) => AXES.map((axis) => Object.values(s.actionsByAxis[axis] ?? {}).reduce((a, b) => a + b, 0))),
      };
  return [
    {
      name: 'outcomes',
      title: t('aic.impact.charts.outcomes'),
      categoryHeading: t('aic.impact.figure'),
      categories: OUTCOME_KEYS.map((k) => t(`aic.impact.outcomeLabels.${k}`)),
      series: perSeason((s) => OUTCOME_KEYS.map((k) => s.outcomes[k])),
    },
    counts('laureatesByPhase', LAUREATE_PHASES, 'laureatePhases', (s) => s.laureatesByPhase),
    actions,
    counts('partnershipsByStatus', PARTNERSHIP_STATUSES, 'partnershipStatuses', (s) => s.partnershipsByStatus),
    counts('commitmentsByStatus', COMMITMENT_STATUSES, 'commitmentStatuses', (s) => s.commitmentsByStatus),
    {
      name: 'money',
      title: t('aic.impact.charts.money'),
      categoryHeading: t('aic.impact.figure'),
      categories: (['envelope', 'granted', 'paid'] as const).map((k) => t(`aic.impact.money.${k}`)),
      series: perSeason((s) => [s.money.envelope ?? 0, s.money.granted, s.money.paid]),
    },
  ];
}
