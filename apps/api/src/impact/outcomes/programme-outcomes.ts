import { MONTHS_SAVED_BAND, type ProgrammeOutcomes } from '@aic/domain';
import type { SqlRunner } from '../alerts/alerts.queries.js';

/**
 * The programme outcomes of seasons (the figures the programme publishes: "8 of 9 saved 12 to 24 months, 7 of 9
 * funded, more than two thirds autonomous, 3 interministerial actions"), in one SQL query: from the validated
 * outcome surveys only, and from grants for funding. Reused by the booklet and open data.
 */
export async function programmeOutcomes(db: SqlRunner, seasonIds: number[]): Promise<ProgrammeOutcomes[]> {
  return db.query(
    `SELECT s.id AS "seasonId",
            count(l.id)::int AS laureates,
            count(os.id)::int AS "validatedSurveys",
            count(os.id) FILTER (WHERE os.months_saved BETWEEN $2 AND $3)::int AS "saved12To24Months",
            count(l.id) FILTER (WHERE EXISTS (SELECT 1 FROM grants g WHERE g.laureate_id = l.id))::int AS funded,
            count(os.id) FILTER (WHERE os.autonomy_with_administrations = 'yes')::int AS autonomous,
            count(os.id) FILTER (WHERE os.autonomy_with_administrations = 'partly')::int AS "partlyAutonomous",
            coalesce(sum(os.interministerial_actions), 0)::int AS "interministerialActions",
            count(os.id) FILTER (WHERE os.new_partners_met > 0)::int AS "metNewPartners",
            round(avg(os.months_saved), 1)::float8 AS "averageMonthsSaved"
       FROM unnest($1::int[]) AS s(id)
       LEFT JOIN laureates l ON l.season_id = s.id
       LEFT JOIN outcome_surveys os ON os.laureate_id = l.id AND os.status = 'validated'
      GROUP BY s.id
      ORDER BY array_position($1::int[], s.id)`,
    [seasonIds, MONTHS_SAVED_BAND[0], MONTHS_SAVED_BAND[1]],
  );
}
