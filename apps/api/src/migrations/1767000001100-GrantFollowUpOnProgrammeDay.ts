import type { MigrationInterface, QueryRunner } from 'typeorm';

const followUp = (today: string) => `
  CREATE OR REPLACE VIEW grant_follow_up AS
  SELECT g.id AS grant_id,
         g.laureate_id,
         g.justification_due_on AS report_due_on,
         EXISTS (SELECT 1 FROM documents d WHERE d.grant_id = g.id AND d.kind = 'grant_agreement' AND d.deleted_at IS NULL) AS agreement_signed,
         r.reports_received,
         r.last_report_at,
         (coalesce(g.justification_due_on <= ${today}, false) AND g.justification_received_on IS NULL AND r.reports_received = 0 AND g.status <> 'closed') AS report_missing
    FROM grants g
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS reports_received, max(d.uploaded_at) AS last_report_at
        FROM documents d
       WHERE d.deleted_at IS NULL AND d.kind IN ('activity_report', 'expense_justification')
         AND (d.grant_id = g.id OR d.disbursement_id IN (SELECT id FROM disbursements WHERE grant_id = g.id))
    ) r`;

/**
 * A grant's report is missing from the day after it is due in Paris, as the alerts count it, not in the database
 * session's time zone (`current_date`). The expression is `PROGRAMME_TODAY_SQL`'s, written out: a migration does not
 * change with the code.
 */
export class GrantFollowUpOnProgrammeDay1767000001100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(followUp(`(now() AT TIME ZONE 'Europe/Paris')::date`));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(followUp('current_date'));
  }
}
