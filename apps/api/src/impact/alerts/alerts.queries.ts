import type { AlertRecord, Role } from '@aic/domain';
import { ACCOMPANIED_PHASES_SQL } from '../../accompaniment/laureates/accompanied-phases.js';
import { today as todayUtc } from '../../common/dates/today.js';

/** Anything that runs SQL: a DataSource, an EntityManager or a QueryRunner. Keeps this module free of HTTP and Nest. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<any[]>;
}

/** Who asks: the alerts are those this person must act on. */
export interface AlertRecipient {
  id: number;
  roles: readonly Role[];
}

/** Days before the end of a season's accompaniment when its laureates' outcome surveys are due. */
export const SURVEY_DUE_BEFORE_END_DAYS = 30;

const OPEN_ACTION_STATUSES = ['planned', 'in_progress'];
const OPEN_ACTION = `(${OPEN_ACTION_STATUSES.map((status) => `'${status}'`).join(', ')})`;
const OPEN_COMMITMENT = `('promised', 'in_progress')`;

/** The laureates the caller accompanies as their acceleration manager (over `l`). */
const ACCOMPANIED_BY_CALLER = `$2 AND l.acceleration_manager_id = $1 AND l.phase IN ${ACCOMPANIED_PHASES_SQL}`;

/**
 * Grants whose report is due and missing, to whom: a programme lead's every one, or a manager's of their laureates
 * (two branches, so that a manager's are found through their laureates, not by reading every grant).
 */
const missingReports = (to: string) => `
  SELECT 'grant_report_missing', l.id, l.name, 'grants', g.id, NULL, to_char(g.justification_due_on, 'YYYY-MM-DD'), ($4::date - g.justification_due_on)
    FROM grants g
    JOIN grant_follow_up f ON f.grant_id = g.id
    JOIN laureates l ON l.id = g.laureate_id
   WHERE ${to}
     AND g.justification_due_on < $4::date AND g.justification_received_on IS NULL AND g.status <> 'closed' AND f.reports_received = 0`;

/**
 * The alerts, one branch per kind, each on an index: laureates by manager (IDX_laureates_manager), the latest exchange
 * per laureate (IDX_interactions_laureate_occurred), open actions by laureate and due date
 * (IDX_actions_laureate_status_due), open commitments by due date (IDX_commitments_open_due), surveys by status
 * (IDX_outcome_surveys_status). $1 user id, $2 acts as manager, $3 acts as programme lead, $4 today.
 * The manager of a laureate acts on its exchanges, actions and survey; a programme lead on commitments (they record
 * them) and on surveys to validate; both on a grant whose report is due and missing (no justification received, no
 * activity report or expense justification among its documents: the view grant_follow_up); admins and referents have
 * nothing to act on. `overdueActions`: the branch of the overdue actions (every one, or a few a laureate).
 */
const alertsSql = (overdueActions: string) => `
  SELECT 'quiet_laureate' AS kind, l.id AS "laureateId", l.name AS "laureateName", 'laureates' AS resource, l.id AS "recordId",
         NULL::text AS title, to_char(last.at, 'YYYY-MM-DD') AS since,
         ($4::date - coalesce(last.at::date, l.started_on, l.created_at::date)) AS days
    FROM laureates l
    JOIN seasons s ON s.id = l.season_id
    LEFT JOIN LATERAL (SELECT i.occurred_at AS at FROM interactions i WHERE i.laureate_id = l.id ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1) last ON true
   WHERE ${ACCOMPANIED_BY_CALLER}
     AND coalesce(last.at::date, l.started_on, l.created_at::date) <= $4::date - s.quiet_after_days
  UNION ALL
  ${overdueActions}
  UNION ALL
  SELECT 'commitment_past_due', l.id, l.name, 'commitments', c.id, c.description, to_char(c.due_on, 'YYYY-MM-DD'), ($4::date - c.due_on)
    FROM commitments c
    JOIN laureates l ON l.id = c.laureate_id
   WHERE $3 AND c.status IN ${OPEN_COMMITMENT} AND c.due_on < $4::date
  UNION ALL
  ${missingReports('$3')}
  UNION ALL
  ${missingReports('NOT $3 AND $2 AND l.acceleration_manager_id = $1')}
  UNION ALL
  SELECT 'outcome_survey_to_fill', l.id, l.name, CASE WHEN os.id IS NULL THEN 'laureates' ELSE 'outcome-surveys' END, coalesce(os.id, l.id), NULL,
         to_char(coalesce(l.ended_on, s.accompaniment_ends_on), 'YYYY-MM-DD'), ($4::date - coalesce(l.ended_on, s.accompaniment_ends_on))
    FROM laureates l
    JOIN seasons s ON s.id = l.season_id
    LEFT JOIN outcome_surveys os ON os.laureate_id = l.id
   WHERE $2 AND l.acceleration_manager_id = $1 AND (os.id IS NULL OR os.status = 'draft')
     AND (l.phase IN ('completed', 'stopped') OR s.accompaniment_ends_on <= $4::date + ${SURVEY_DUE_BEFORE_END_DAYS})
  UNION ALL
  SELECT 'outcome_survey_to_validate', l.id, l.name, 'outcome-surveys', os.id, NULL, to_char(os.submitted_at, 'YYYY-MM-DD'),
         ($4::date - os.submitted_at::date)
    FROM outcome_surveys os
    JOIN laureates l ON l.id = os.laureate_id
   WHERE $3 AND os.status = 'submitted'`;

/** The overdue actions of the laureates a manager accompanies, by laureate (columns selected over `l` and `a`). */
const OVERDUE_ACTIONS = `
    FROM laureates l
    JOIN actions a ON a.laureate_id = l.id AND a.status IN ${OPEN_ACTION} AND a.due_on < $4::date
   WHERE ${ACCOMPANIED_BY_CALLER}`;
const OVERDUE_COLUMNS = `'overdue_action', l.id, l.name, 'actions', a.id, a.title, to_char(a.due_on, 'YYYY-MM-DD'), ($4::date - a.due_on)`;

/** Every alert, for the badge's count: the overdue actions without what only a list shows (an index-only scan). */
const COUNTED_ALERTS_SQL = alertsSql(`SELECT 'overdue_action', l.id, l.name, 'actions', NULL, NULL, NULL, NULL ${OVERDUE_ACTIONS}`);

/** A laureate's $5 most overdue actions of one open status, in the order of IDX_actions_laureate_status_due. */
const mostOverdue = (status: string) => `(SELECT a.id, a.title, a.due_on FROM actions a
   WHERE a.laureate_id = l.id AND a.status = '${status}' AND a.due_on < $4::date ORDER BY a.due_on, a.id LIMIT $5)`;

/**
 * The alerts to list: of each laureate's overdue actions, only the $5 most overdue of each open status (the most
 * overdue of all are among them), where every one was read and sorted (2 417 for a manager of the benchmark's
 * national dataset).
 */
const LISTED_ALERTS_SQL = alertsSql(`
  SELECT ${OVERDUE_COLUMNS}
    FROM laureates l
    CROSS JOIN LATERAL (${OPEN_ACTION_STATUSES.map(mostOverdue).join(' UNION ALL ')}) a
   WHERE ${ACCOMPANIED_BY_CALLER}`);

const parameters = (user: AlertRecipient, today: string) => [
  user.id,
  user.roles.includes('acceleration_manager'),
  user.roles.includes('programme_lead'),
  today,
];

/**
 * At most this many alerts of each kind are listed, the most urgent first, each saying how many there are of its kind
 * (`kindTotal`): a manager with hundreds of overdue actions gets a readable home page, digest and dashboard (the
 * overdue actions have their own list) and an answer of a few KB, not of every one (2 457 alerts, ~400 KB, for a
 * manager of the benchmark's national dataset).
 */
export const ALERTS_PER_KIND = 10;

/** The alerts `user` must act on: the most urgent `perKind` of each kind, with the total of their kind. */
export async function alertsFor(db: SqlRunner, user: AlertRecipient, today: string = todayUtc(), perKind: number = ALERTS_PER_KIND): Promise<AlertRecord[]> {
  return db.query(
    `SELECT kind, "laureateId", "laureateName", resource, "recordId", title, since, days, "kindTotal"
       FROM (SELECT alerts.*, row_number() OVER (PARTITION BY kind ORDER BY days DESC NULLS LAST, "laureateName", "recordId") AS rank,
                    CASE WHEN kind = 'overdue_action' THEN (SELECT count(*)::int ${OVERDUE_ACTIONS})
                         ELSE count(*) OVER (PARTITION BY kind)::int END AS "kindTotal"
               FROM (${LISTED_ALERTS_SQL}) alerts) ranked
      WHERE rank <= $5
      ORDER BY kind, rank`,
    [...parameters(user, today), perKind],
  );
}

/** How many alerts `user` has (the menu's badge), without reading them. */
export async function countAlertsFor(db: SqlRunner, user: AlertRecipient, today: string = todayUtc()): Promise<number> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM (${COUNTED_ALERTS_SQL}) alerts`, parameters(user, today));
  return count;
}
