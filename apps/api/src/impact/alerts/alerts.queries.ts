import type { AlertRecord, Role } from '@aic/domain';
import { ACCOMPANIED_PHASES_SQL } from '../../accompaniment/laureates/accompanied-phases.js';
import type { QueryResultRow } from 'pg';
import { DataSource } from 'typeorm';
import { today as programmeToday } from '../../common/dates/today.js';
import { queryPrepared } from '../../common/sql/prepared.js';

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
const ACCOMPANIED_BY_CALLER = `l.acceleration_manager_id = $1 AND l.phase IN ${ACCOMPANIED_PHASES_SQL}`;

/**
 * Grants whose report is due and missing, to whom: a programme lead's every one, or a manager's of their laureates
 * (found through their laureates, not by reading every grant: as an array, so that the generic plan reads them by
 * IDX_grants_laureate, where it scanned the 4 000 grants of the national dataset, 0.45 ms a call).
 */
const missingReports = (to: string) => `
  SELECT 'grant_report_missing', l.id, l.name, 'grants', g.id, NULL, to_char(g.justification_due_on, 'YYYY-MM-DD'), ($2::date - g.justification_due_on)
    FROM grants g
    JOIN grant_follow_up f ON f.grant_id = g.id
    JOIN laureates l ON l.id = g.laureate_id
   WHERE ${to}
     AND g.justification_due_on < $2::date AND g.justification_received_on IS NULL AND g.status <> 'closed' AND f.reports_received = 0`;

/** Whose alerts a statement finds: those of an acceleration manager, of a programme lead, or both. */
interface ActsAs {
  manager: boolean;
  lead: boolean;
}

/**
 * The alerts, one branch per kind, each on an index: laureates by manager (IDX_laureates_manager), the latest exchange
 * per laureate (IDX_interactions_laureate_occurred), open actions by laureate and due date
 * (IDX_actions_laureate_status_due), open commitments by due date (IDX_commitments_open_due), surveys by status
 * (IDX_outcome_surveys_status). $1 user id, $2 today.
 * The manager of a laureate acts on its exchanges, actions and survey; a programme lead on commitments (they record
 * them) and on surveys to validate; both on a grant whose report is due and missing (no justification received, no
 * activity report or expense justification among its documents: the view grant_follow_up); admins and referents have
 * nothing to act on (null: no statement). Only the branches of the caller's roles are written into the statement, so
 * that its text is one of three, each planned once per connection (see `run`). `overdueActions`: the branch of the
 * overdue actions (every one, or a few a laureate).
 */
function alertsSql({ manager, lead }: ActsAs, overdueActions: string): string | null {
  const branches = [
    manager &&
      `SELECT 'quiet_laureate', l.id, l.name, 'laureates', l.id, NULL::text, to_char(last.at, 'YYYY-MM-DD'),
              ($2::date - coalesce(last.at::date, l.started_on, l.created_at::date))
         FROM laureates l
         JOIN seasons s ON s.id = l.season_id
         LEFT JOIN LATERAL (SELECT i.occurred_at AS at FROM interactions i WHERE i.laureate_id = l.id ORDER BY i.occurred_at DESC, i.id DESC LIMIT 1) last ON true
        WHERE ${ACCOMPANIED_BY_CALLER}
          AND coalesce(last.at::date, l.started_on, l.created_at::date) <= $2::date - s.quiet_after_days`,
    manager && overdueActions,
    lead &&
      `SELECT 'commitment_past_due', l.id, l.name, 'commitments', c.id, c.description, to_char(c.due_on, 'YYYY-MM-DD'), ($2::date - c.due_on)
         FROM commitments c
         JOIN laureates l ON l.id = c.laureate_id
        WHERE c.status IN ${OPEN_COMMITMENT} AND c.due_on < $2::date`,
    lead ? missingReports('true') : manager && missingReports('g.laureate_id = ANY(ARRAY(SELECT id FROM laureates WHERE acceleration_manager_id = $1))'),
    manager &&
      `SELECT 'outcome_survey_to_fill', l.id, l.name, CASE WHEN os.id IS NULL THEN 'laureates' ELSE 'outcome-surveys' END, coalesce(os.id, l.id), NULL,
              to_char(coalesce(l.ended_on, s.accompaniment_ends_on), 'YYYY-MM-DD'), ($2::date - coalesce(l.ended_on, s.accompaniment_ends_on))
         FROM laureates l
         JOIN seasons s ON s.id = l.season_id
         LEFT JOIN outcome_surveys os ON os.laureate_id = l.id
        WHERE l.acceleration_manager_id = $1 AND (os.id IS NULL OR os.status = 'draft')
          AND (l.phase IN ('completed', 'stopped') OR s.accompaniment_ends_on <= $2::date + ${SURVEY_DUE_BEFORE_END_DAYS})`,
    lead &&
      `SELECT 'outcome_survey_to_validate', l.id, l.name, 'outcome-surveys', os.id, NULL, to_char(os.submitted_at, 'YYYY-MM-DD'),
              ($2::date - os.submitted_at::date)
         FROM outcome_surveys os
         JOIN laureates l ON l.id = os.laureate_id
        WHERE os.status = 'submitted'`,
  ].filter((branch): branch is string => typeof branch === 'string');
  if (branches.length === 0) return null;
  return `SELECT * FROM (${branches.join('\n  UNION ALL\n  ')}) AS alerts (kind, "laureateId", "laureateName", resource, "recordId", title, since, days)`;
}

/** The overdue actions of the laureates a manager accompanies, by laureate (columns selected over `l` and `a`). */
const OVERDUE_ACTIONS = `
    FROM laureates l
    JOIN actions a ON a.laureate_id = l.id AND a.status IN ${OPEN_ACTION} AND a.due_on < $2::date
   WHERE ${ACCOMPANIED_BY_CALLER}`;
const OVERDUE_COLUMNS = `'overdue_action', l.id, l.name, 'actions', a.id, a.title, to_char(a.due_on, 'YYYY-MM-DD'), ($2::date - a.due_on)`;

/** Every alert, for the badge's count: the overdue actions without what only a list shows (an index-only scan). */
const countedAlertsSql = (as: ActsAs) => {
  const alerts = alertsSql(as, `SELECT 'overdue_action', l.id, l.name, 'actions', NULL, NULL, NULL, NULL ${OVERDUE_ACTIONS}`);
  return alerts && `SELECT count(*)::int AS count FROM (${alerts}) alerts`;
};

/** A laureate's $3 most overdue actions of one open status, in the order of IDX_actions_laureate_status_due. */
const mostOverdue = (status: string) => `(SELECT a.id, a.title, a.due_on FROM actions a
   WHERE a.laureate_id = l.id AND a.status = '${status}' AND a.due_on < $2::date ORDER BY a.due_on, a.id LIMIT $3)`;

/**
 * The alerts to list, the most urgent $3 of each kind with their kind's total: of each laureate's overdue actions,
 * only the $3 most overdue of each open status are read (the most overdue of all are among them), where every one
 * was read and sorted (2 417 for a manager of the benchmark's national dataset).
 */
const listedAlertsSql = (as: ActsAs) => {
  const alerts = alertsSql(
    as,
    `SELECT ${OVERDUE_COLUMNS}
       FROM laureates l
       CROSS JOIN LATERAL (${OPEN_ACTION_STATUSES.map(mostOverdue).join(' UNION ALL ')}) a
      WHERE ${ACCOMPANIED_BY_CALLER}`,
  );
  return (
    alerts &&
    `SELECT kind, "laureateId", "laureateName", resource, "recordId", title, since, days, "kindTotal"
       FROM (SELECT alerts.*, row_number() OVER (PARTITION BY kind ORDER BY days DESC NULLS LAST, "laureateName", "recordId") AS rank,
                    CASE WHEN kind = 'overdue_action' THEN (SELECT count(*)::int ${OVERDUE_ACTIONS})
                         ELSE count(*) OVER (PARTITION BY kind)::int END AS "kindTotal"
               FROM (${alerts}) alerts) ranked
      WHERE rank <= $3
      ORDER BY kind, rank`
  );
};

const actsAs = (user: AlertRecipient): ActsAs => ({ manager: user.roles.includes('acceleration_manager'), lead: user.roles.includes('programme_lead') });
const variant = ({ manager, lead }: ActsAs) => `${manager ? 'm' : ''}${lead ? 'l' : ''}`;

/** The statements' texts, written once per variant (the `ActsAs`), by their prepared statements' names. */
const statements = new Map<string, string | null>();
function statement(kind: 'list' | 'count', as: ActsAs): { name: string; text: string } | null {
  const name = `alerts-${kind}-${variant(as)}`;
  if (!statements.has(name)) {
    const sql = kind === 'list' ? listedAlertsSql(as) : countedAlertsSql(as);
    // The parameters' types, declared for the statements that do not use each of them (a lead's, the user's id).
    const declared = kind === 'list' ? '$1::int, $2::date, $3::int' : '$1::int, $2::date';
    statements.set(name, sql && `WITH parameters AS (SELECT ${declared}) ${sql}`);
  }
  const text = statements.get(name)!;
  return text === null ? null : { name, text };
}

/**
 * Runs one of the alerts' statements: prepared on the pool's connections when `db` is the DataSource (the home page
 * asks for them on every visit), so that PostgreSQL plans it once per connection. Planning these unions of 6 branches
 * cost more than running them: 1.5 ms of the list's 4.8 and 1.3 ms of the count's 3.0, for a manager of the
 * benchmark's national dataset (measured: custom plans against the generic one).
 */
async function run<R extends QueryResultRow>(db: SqlRunner, { name, text }: { name: string; text: string }, values: unknown[]): Promise<R[]> {
  return db instanceof DataSource ? queryPrepared<R>(db, name, text, values) : db.query(text, values);
}

/**
 * At most this many alerts of each kind are listed, the most urgent first, each saying how many there are of its kind
 * (`kindTotal`): a manager with hundreds of overdue actions gets a readable home page, digest and dashboard (the
 * overdue actions have their own list) and an answer of a few KB, not of every one (2 457 alerts, ~400 KB, for a
 * manager of the benchmark's national dataset).
 */
export const ALERTS_PER_KIND = 10;

/** The alerts `user` must act on: the most urgent `perKind` of each kind, with the total of their kind. */
export async function alertsFor(db: SqlRunner, user: AlertRecipient, today: string = programmeToday(), perKind: number = ALERTS_PER_KIND): Promise<AlertRecord[]> {
  const sql = statement('list', actsAs(user));
  return sql === null ? [] : run<AlertRecord>(db, sql, [user.id, today, perKind]);
}

/** How many alerts `user` has (the menu's badge), without reading them. */
export async function countAlertsFor(db: SqlRunner, user: AlertRecipient, today: string = programmeToday()): Promise<number> {
  const sql = statement('count', actsAs(user));
  if (sql === null) return 0;
  const [{ count }] = await run<{ count: number }>(db, sql, [user.id, today]);
  return count;
}
