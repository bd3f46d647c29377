import type { IndicatorProgressRow, ManagerDashboard } from '@aic/domain';
import { ACCOMPANIED_PHASES_SQL } from '../../accompaniment/laureates/accompanied-phases.js';
import { today as programmeToday } from '../../common/dates/today.js';
import { alertsFor, type AlertRecipient, type SqlRunner } from '../alerts/alerts.queries.js';

/** An acceleration manager's dashboard: their accompanied laureates' indicators against targets, and the alerts on them. */
export async function managerDashboard(db: SqlRunner, user: AlertRecipient, today: string = programmeToday()): Promise<ManagerDashboard> {
  const [indicators, alerts] = await Promise.all([
    db.query(
      `SELECT i.id AS "indicatorId", l.id AS "laureateId", l.name AS "laureateName", i.name, i.unit,
              i.baseline_value::float8 AS "baselineValue", i.target_value::float8 AS "targetValue", to_char(i.target_on, 'YYYY-MM-DD') AS "targetOn",
              i.direction, p.latest_value::float8 AS "latestValue", to_char(p.latest_measured_on, 'YYYY-MM-DD') AS "latestMeasuredOn",
              p.progress_percent::float8 AS "progressPercent", p.target_reached AS "targetReached"
         FROM laureates l
         JOIN indicators i ON i.laureate_id = l.id
         JOIN indicator_progress p ON p.indicator_id = i.id
        WHERE l.acceleration_manager_id = $1 AND l.phase IN ${ACCOMPANIED_PHASES_SQL}
        ORDER BY l.name COLLATE "fr-x-icu", i.name COLLATE "fr-x-icu"`,
      [user.id],
    ) as Promise<IndicatorProgressRow[]>,
    alertsFor(db, user, today),
  ]);
  return {
    indicators,
    overdueActions: alerts.filter((a) => a.kind === 'overdue_action'),
    quietLaureates: alerts.filter((a) => a.kind === 'quiet_laureate'),
  };
}
