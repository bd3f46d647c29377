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

/** The figures of one panel, or combined (docs/selection.md, `GET /api/calls/:id/ranking`). */
interface Figures {
  expected: number;
  evaluations: number;
  conflicts: number;
  missing: number;
  overall: number | null;
  stddev: number | null;
  criteria: Record<Criterion, number | null>;
}
type RankingRow = Figures & Pick<RankingEntry, 'applicationId' | 'projectName' | 'carrierName' | 'status' | 'laureateId' | 'rank' | 'tied'> & {
  panels: Record<'jury' | 'citizen', Figures>;
};
export interface RankingResponse {
  rows: RankingRow[];
}

const entry = (row: RankingRow, figures: Figures, rank: number | null, tied: boolean): RankingEntry => ({
  applicationId: row.applicationId,
  projectName: row.projectName,
  carrierName: row.carrierName,
  status: row.status,
  laureateId: row.laureateId,
  rank,
  tied,
  mean: figures.overall,
  criteria: figures.criteria,
  submitted: figures.evaluations,
  expected: figures.expected,
  missing: figures.missing,
  conflicts: figures.conflicts,
  stddev: figures.stddev,
});

/**
 * The rows of one view, best first. Combined: the API's rank and ties. A panel: ranked here the same way (by its
 * overall mean, equal means share a rank and are flagged, unscored last).
 */
export function rankingEntries(data: RankingResponse, view: RankingView): RankingEntry[] {
  if (view === 'combined') return data.rows.map((row) => entry(row, row, row.rank, row.tied));
  const scored = data.rows.map((row) => ({ row, figures: row.panels[view] }));
  scored.sort((a, b) => (b.figures.overall ?? -Infinity) - (a.figures.overall ?? -Infinity));
  return scored.map(({ row, figures }) => {
    if (figures.overall === null) return entry(row, figures, null, false);
    const same = scored.filter((s) => s.figures.overall === figures.overall).length;
    const rank = 1 + scored.filter((s) => s.figures.overall !== null && s.figures.overall > figures.overall!).length;
    return entry(row, figures, rank, same > 1);
  });
}
