import { ACTION_STATUSES, AXES, COMMITMENT_STATUSES, LAUREATE_PHASES, PARTNERSHIP_STATUSES, type SeasonFigures } from '@aic/domain';
import { ACCOMPANIED_PHASES_SQL } from '../../accompaniment/laureates/accompanied-phases.js';
import { today as programmeToday } from '../../common/dates/today.js';
import type { SqlRunner } from '../alerts/alerts.queries.js';
import { programmeOutcomes } from '../outcomes/programme-outcomes.js';

/** `{ key: count }` from rows of one season, every key present in the domain's order (zeros counted in SQL by the cross join). */
const countsOf = (rows: Array<{ key: string; count: number }>) => Object.fromEntries(rows.map((r) => [r.key, r.count]));

/**
 * The figures of a programme lead's dashboard for several seasons at once (a season's dashboard, or the season
 * comparison): each figure is one grouped SQL query over all the seasons; Node only files the rows by season.
 */
export async function seasonFigures(db: SqlRunner, seasonIds: number[], today: string = programmeToday()): Promise<SeasonFigures[]> {
  const seasons: Array<{ id: number; name: string; year: number; envelope: number | null; granted: number; paid: number }> = await db.query(
    `SELECT s.id, s.name, s.year, s.funding_envelope::float8 AS envelope,
            coalesce((SELECT sum(g.amount) FROM grants g JOIN laureates l ON l.id = g.laureate_id WHERE l.season_id = s.id), 0)::float8 AS granted,
            coalesce((SELECT sum(d.amount) FROM disbursements d JOIN grants g ON g.id = d.grant_id JOIN laureates l ON l.id = g.laureate_id WHERE l.season_id = s.id), 0)::float8 AS paid
       FROM seasons s WHERE s.id = ANY($1::int[]) ORDER BY s.year, s.id`,
    [seasonIds],
  );
  const ids = seasons.map((s) => s.id);
  const grouped = (sql: string, keys: readonly string[]) => db.query(sql, [ids, keys]) as Promise<Array<{ seasonId: number; key: string; count: number }>>;
  const [phases, partnerships, commitments, actions, overdue, outcomes] = await Promise.all([
    grouped(
      `SELECT s.id AS "seasonId", k.key, count(l.id)::int AS count FROM unnest($1::int[]) s(id) CROSS JOIN unnest($2::text[]) k(key)
         LEFT JOIN laureates l ON l.season_id = s.id AND l.phase = k.key
        GROUP BY 1, 2 ORDER BY 1, array_position($2::text[], k.key)`,
      LAUREATE_PHASES,
    ),
    grouped(
      `SELECT s.id AS "seasonId", k.key, count(p.id)::int AS count FROM unnest($1::int[]) s(id) CROSS JOIN unnest($2::text[]) k(key)
         LEFT JOIN (partnerships p JOIN laureates l ON l.id = p.laureate_id) ON l.season_id = s.id AND p.status = k.key
        GROUP BY 1, 2 ORDER BY 1, array_position($2::text[], k.key)`,
      PARTNERSHIP_STATUSES,
    ),
    grouped(
      `SELECT s.id AS "seasonId", k.key, count(c.id)::int AS count FROM unnest($1::int[]) s(id) CROSS JOIN unnest($2::text[]) k(key)
         LEFT JOIN (commitments c JOIN laureates l ON l.id = c.laureate_id) ON l.season_id = s.id AND c.status = k.key
        GROUP BY 1, 2 ORDER BY 1, array_position($2::text[], k.key)`,
      COMMITMENT_STATUSES,
    ),
    db.query(
      `SELECT s.id AS "seasonId", ax.axis, st.status, count(a.id)::int AS count
         FROM unnest($1::int[]) s(id) CROSS JOIN unnest($2::text[]) ax(axis) CROSS JOIN unnest($3::text[]) st(status)
         LEFT JOIN (actions a JOIN laureates l ON l.id = a.laureate_id) ON l.season_id = s.id AND a.axis = ax.axis AND a.status = st.status
        GROUP BY 1, 2, 3 ORDER BY 1, array_position($2::text[], ax.axis), array_position($3::text[], st.status)`,
      [ids, AXES, ACTION_STATUSES],
    ) as Promise<Array<{ seasonId: number; axis: string; status: string; count: number }>>,
    // Overdue: open, due before today, of a laureate still accompanied (as on the homes and in the actions' filter).
    db.query(
      `SELECT s.id AS "seasonId", count(a.id)::int AS count FROM unnest($1::int[]) s(id)
         LEFT JOIN (actions a JOIN laureates l ON l.id = a.laureate_id AND l.phase IN ${ACCOMPANIED_PHASES_SQL})
           ON l.season_id = s.id AND a.status IN ('planned', 'in_progress') AND a.due_on < $2::date
        GROUP BY 1`,
      [ids, today],
    ) as Promise<Array<{ seasonId: number; count: number }>>,
    programmeOutcomes(db, ids),
  ]);
  return seasons.map((s) => {
    const of = <R extends { seasonId: number }>(rows: R[]) => rows.filter((r) => r.seasonId === s.id);
    const actionsByAxis = Object.fromEntries(AXES.map((axis) => [axis, Object.fromEntries(of(actions).filter((r) => r.axis === axis).map((r) => [r.status, r.count]))]));
    return {
      seasonId: s.id,
      name: s.name,
      year: s.year,
      laureatesByPhase: countsOf(of(phases)),
      actionsByAxis,
      overdueActions: of(overdue)[0]?.count ?? 0,
      partnershipsByStatus: countsOf(of(partnerships)),
      money: { envelope: s.envelope, granted: s.granted, paid: s.paid },
      commitmentsByStatus: countsOf(of(commitments)),
      outcomes: of(outcomes)[0],
    };
  });
}
