import { hasRole, type RequestUser } from '../../common/auth/request-user.js';
import { laureateReadCondition } from '../../common/scope/laureate-access.js';

/**
 * Who reads which applications, written once (lists, one record, rankings, evaluations):
 * - admin, programme lead: all;
 * - evaluator: those assigned to them (others do not exist for them);
 * - acceleration manager, referent: read-only, once promoted, if they may read its laureate.
 * SQL condition on `alias` (an applications row), or null when the caller reads them all.
 */
export function applicationReadCondition(user: RequestUser, alias: string): string | null {
  if (hasRole(user, 'admin', 'programme_lead')) return null;
  const conditions: string[] = [];
  if (hasRole(user, 'evaluator')) {
    conditions.push(`${alias}.id IN (SELECT ea.application_id FROM evaluator_assignments ea WHERE ea.evaluator_id = ${Number(user.id)})`);
  }
  if (hasRole(user, 'acceleration_manager', 'referent')) {
    conditions.push(`${alias}.laureate_id IS NOT NULL AND (${laureateReadCondition(user, `${alias}.laureate_id`) ?? 'true'})`);
  }
  return conditions.length === 0 ? 'false' : conditions.map((c) => `(${c})`).join(' OR ');
}

/** Whether the caller runs the selection (writes applications, sees every score). */
export const runsSelection = (user: RequestUser) => hasRole(user, 'admin', 'programme_lead');
