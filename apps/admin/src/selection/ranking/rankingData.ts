import type { ApplicationStatus, Criterion } from '@aic/domain';

export type RankingView = 'combined' | 'jury' | 'citizen';
export const RANKING_VIEWS: readonly RankingView[] = ['combined', 'jury', 'citizen'];

/** One shortlisted (or decided) application in one view of the ranking. */
export interface RankingEntry {
  applicationId: number;
  projectName: string;
  carrierName: string;
  status: ApplicationStatus;
  laureateId: number | null;
  rank: number | null;
  tied: boolean;
  mean: number | null;
  criteria: Record<Criterion, number | null>;
  submitted: number;
  expected: number;
  missing: number;
  conflicts: number;
  stddev: number | null;
}

type Figures = Omit<RankingEntry, 'applicationId' | 'projectName' | 'carrierName' | 'status' | 'laureateId'>;

/** The API's answer (docs/selection.md): one row per application, its figures per view. */
export interface RankingResponse {
  rows: Array<Pick<RankingEntry, 'applicationId' | 'projectName' | 'carrierName' | 'status' | 'laureateId'> & Record<RankingView, Figures>>;
}

/** The rows of one view, best first (unranked, i.e. not yet scored, last). */
export const rankingEntries = (data: RankingResponse, view: RankingView): RankingEntry[] =>
  data.rows
    .map(({ combined, jury, citizen, ...application }) => ({ ...application, ...{ combined, jury, citizen }[view] }))
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
