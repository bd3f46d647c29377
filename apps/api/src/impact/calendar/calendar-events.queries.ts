import type { Role } from '@aic/domain';
import { committeeReadCondition } from '../../committees/committees/committees.service.js';
import type { RequestUser } from '../../common/auth/request-user.js';
import { PROGRAMME_TODAY_SQL } from '../../common/dates/today.js';
import type { SqlRunner } from '../alerts/alerts.queries.js';

export interface CalendarEventRow {
  uid: string;
  /** 'YYYY-MM-DD': the event's day (actions and commitments fall due on one; a committee is held on one). */
  day: string;
  /** A committee's hours, as instants (its times are Europe/Paris's); null: a whole day. */
  startsAt: Date | null;
  endsAt: Date | null;
  summary: string;
  description: string | null;
  location: string | null;
  stamp: Date;
  sequence: number;
}

/** Past events kept in the feed, so that a calendar shows the last year's committees without the whole history. */
export const CALENDAR_PAST_DAYS = 365;

const AXIS_FR = `CASE a.axis WHEN 'consolidate' THEN 'Consolider' WHEN 'integrate' THEN 'Intégrer' ELSE 'Déployer' END`;

/**
 * What goes in a person's calendar: committees they may read; open actions falling due of the laureates they manage
 * or are assigned to as referents, and those they own; open commitments falling due that they follow (a programme
 * lead: all; a manager: their laureates'; a referent: their assigned laureates').
 */
export async function calendarEvents(db: SqlRunner, user: { id: number; roles: readonly Role[] }): Promise<CalendarEventRow[]> {
  const requestUser = { ...user, roles: [...user.roles] } as RequestUser;
  const committees = committeeReadCondition(requestUser, 'c.id') ?? 'true';
  const leads = user.roles.includes('programme_lead') || user.roles.includes('admin');
  const follows = (laureate: string) =>
    `(${laureate}.acceleration_manager_id = $1 OR ${laureate}.id IN (SELECT ra.laureate_id FROM referent_assignments ra WHERE ra.user_id = $1))`;
  return db.query(
    `SELECT 'committee-' || c.id || '@aic-back-office' AS uid, to_char(c.held_on, 'YYYY-MM-DD') AS day,
            (c.held_on + c.start_time::time) AT TIME ZONE 'Europe/Paris' AS "startsAt",
            (c.held_on + c.end_time::time) AT TIME ZONE 'Europe/Paris' AS "endsAt",
            c.title AS summary,
            CASE c.kind WHEN 'acceleration' THEN 'Comité d''accélération' ELSE 'Comité d''engagement' END || ' — ' || s.name ||
              coalesce(E'\\nOrdre du jour : ' || (SELECT string_agg(l.name, ', ' ORDER BY ai.position) FROM agenda_items ai JOIN laureates l ON l.id = ai.laureate_id
                                                 WHERE ai.committee_id = c.id), '') AS description,
            c.place AS location, c.updated_at AS stamp, c.version AS sequence
       FROM committees c JOIN seasons s ON s.id = c.season_id
      WHERE c.held_on >= ${PROGRAMME_TODAY_SQL} - $2::int AND ${committees}
     UNION ALL
     SELECT 'action-' || a.id || '@aic-back-office', to_char(a.due_on, 'YYYY-MM-DD'), NULL, NULL,
            'Échéance : ' || a.title || ' (' || l.name || ')',
            'Action à mener pour ' || l.name || ' — axe ' || ${AXIS_FR} || coalesce(E'\\n' || a.description, ''),
            NULL, a.updated_at, a.version
       FROM actions a JOIN laureates l ON l.id = a.laureate_id
      WHERE a.status IN ('planned', 'in_progress') AND a.due_on >= ${PROGRAMME_TODAY_SQL} - $2::int AND (a.owner_id = $1 OR ${follows('l')})
     UNION ALL
     SELECT 'commitment-' || cm.id || '@aic-back-office', to_char(cm.due_on, 'YYYY-MM-DD'), NULL, NULL,
            'Engagement à échéance : ' || o.name || ' (' || l.name || ')',
            cm.description, NULL, cm.updated_at, cm.version
       FROM commitments cm JOIN laureates l ON l.id = cm.laureate_id JOIN organisations o ON o.id = cm.organisation_id
      WHERE cm.status IN ('promised', 'in_progress') AND cm.due_on >= ${PROGRAMME_TODAY_SQL} - $2::int AND ($3 OR ${follows('l')})
      ORDER BY day, uid`,
    [user.id, CALENDAR_PAST_DAYS, leads],
  );
}
