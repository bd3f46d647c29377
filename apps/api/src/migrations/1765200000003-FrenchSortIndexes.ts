import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists sort text in French (`COLLATE "fr-x-icu"`, see common/list/list-spec.ts `frenchText`): the server must have
 * ICU (the embedded one has; an external one built without it is refused here, with the reason). The name indexes
 * that serve the sorted pages are rebuilt with that collation, or the planner sorts the whole table for each page.
 */
export class FrenchSortIndexes1765200000003 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const [found] = await q.query(`SELECT count(*)::int AS n FROM pg_collation WHERE collname = 'fr-x-icu'`);
    if (found.n === 0) {
      throw new Error('PostgreSQL lacks the ICU collation "fr-x-icu" used to sort lists in French: use a server built with ICU (--with-icu, the default of PostgreSQL packages) — see docs/operations.md');
    }
    await q.query(`DROP INDEX "IDX_laureates_name"`);
    await q.query(`CREATE INDEX "IDX_laureates_name" ON laureates ((name COLLATE "fr-x-icu"), id)`);
    await q.query(`DROP INDEX "IDX_contacts_name"`);
    await q.query(`CREATE INDEX "IDX_contacts_name" ON contacts ((last_name COLLATE "fr-x-icu"), id)`);
    await q.query(`CREATE INDEX "IDX_organisations_name" ON organisations ((name COLLATE "fr-x-icu"), id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_organisations_name"`);
    await q.query(`DROP INDEX "IDX_contacts_name"`);
    await q.query(`CREATE INDEX "IDX_contacts_name" ON contacts (last_name, first_name, id)`);
    await q.query(`DROP INDEX "IDX_laureates_name"`);
    await q.query(`CREATE INDEX "IDX_laureates_name" ON laureates (name, id)`);
  }
}
