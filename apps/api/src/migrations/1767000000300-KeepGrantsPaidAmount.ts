import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What has been paid on each grant, kept in `grants.paid_amount` (issue 18, the funding overview): the overview sums
 * its season's grants and what was paid on them; reading the disbursements of every grant of a season (an index probe
 * per grant, ~500 at national scale) was half of PostgreSQL's time for the whole page. Kept by statement-level
 * triggers on `disbursements`, in the same transaction as the write, whatever writes it (the API, the demo seed, a
 * bulk INSERT): each adds the change in amount per grant to the grant's current value (`paid_amount + delta`, which
 * concurrent writes serialise on the grant's row, unlike a recount from a snapshot). Not mapped by the `Grant`
 * entity: not part of the API's grant.
 */
export class KeepGrantsPaidAmount1767000000300 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE grants ADD COLUMN paid_amount numeric(14, 2) NOT NULL DEFAULT 0`);
    await q.query(`
      UPDATE grants g SET paid_amount = d.paid
        FROM (SELECT grant_id, sum(amount) AS paid FROM disbursements GROUP BY grant_id) d
       WHERE d.grant_id = g.id`);
    // A trigger with transition tables has one event: one function for the three, by TG_OP (a branch names only the
    // transition tables its event has).
    await q.query(`
      CREATE FUNCTION aic_grants_paid_amount() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          UPDATE grants g SET paid_amount = g.paid_amount + c.delta
            FROM (SELECT grant_id, sum(amount) AS delta FROM new_rows GROUP BY grant_id) c WHERE g.id = c.grant_id;
        ELSIF TG_OP = 'DELETE' THEN
          UPDATE grants g SET paid_amount = g.paid_amount - c.delta
            FROM (SELECT grant_id, sum(amount) AS delta FROM old_rows GROUP BY grant_id) c WHERE g.id = c.grant_id;
        ELSE
          UPDATE grants g SET paid_amount = g.paid_amount + c.delta
            FROM (SELECT grant_id, sum(amount) AS delta
                    FROM (SELECT grant_id, amount FROM new_rows UNION ALL SELECT grant_id, -amount FROM old_rows) x
                   GROUP BY grant_id) c
           WHERE g.id = c.grant_id AND c.delta <> 0;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER "TRG_disbursements_paid_insert" AFTER INSERT ON disbursements
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION aic_grants_paid_amount()`);
    await q.query(`
      CREATE TRIGGER "TRG_disbursements_paid_update" AFTER UPDATE ON disbursements
        REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION aic_grants_paid_amount()`);
    await q.query(`
      CREATE TRIGGER "TRG_disbursements_paid_delete" AFTER DELETE ON disbursements
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION aic_grants_paid_amount()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_disbursements_paid_delete" ON disbursements`);
    await q.query(`DROP TRIGGER "TRG_disbursements_paid_update" ON disbursements`);
    await q.query(`DROP TRIGGER "TRG_disbursements_paid_insert" ON disbursements`);
    await q.query(`DROP FUNCTION aic_grants_paid_amount()`);
    await q.query(`ALTER TABLE grants DROP COLUMN paid_amount`);
  }
}
