import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The journal is searched by words since 1767000000100: its trigram index (the largest index of the table, written on
 * every entry) serves no query any more. The trigram indexes of names (contacts, organisations, laureates) stay.
 */
export class DropInteractionsTrigramIndex1767000000101 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS "IDX_interactions_search"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX IF NOT EXISTS "IDX_interactions_search" ON interactions USING gin (search_text gin_trgm_ops)`);
  }
}
