import type { EntityManager } from 'typeorm';
import type { RequestUser } from '../../common/auth/request-user.js';
import { laureateReadCondition } from '../../common/scope/laureate-access.js';

/** A grant whose report (activity report or expense justification) was due and has not been received. */
export interface MissingGrantReport {
  grantId: number;
  laureateId: number;
  /** YYYY-MM-DD */
  reportDueOn: string;
}

/**
 * For the alerts (issue 17): grants whose report is due and missing, from the view `grant_follow_up` (migration
 * 1766600000001), oldest due first; narrowed to the laureates `user` may read when given.
 */
export async function grantsWithMissingReport(em: EntityManager, user?: RequestUser): Promise<MissingGrantReport[]> {
  const condition = user ? laureateReadCondition(user, 'f.laureate_id') : null;
  return em.query(
    `SELECT f.grant_id AS "grantId", f.laureate_id AS "laureateId", to_char(f.report_due_on, 'YYYY-MM-DD') AS "reportDueOn"
       FROM grant_follow_up f WHERE f.report_missing ${condition ? `AND ${condition}` : ''} ORDER BY f.report_due_on, f.grant_id`,
  );
}
