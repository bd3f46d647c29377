import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a laureate was archived: one with a history cannot be deleted (its actions, journal, decisions… point at it), so
 * a programme lead archives it instead: it leaves the everyday lists and stays readable, and can be restored.
 */
export class AddLaureatesArchivedAt1766000000001 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE laureates ADD COLUMN archived_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE laureates DROP COLUMN archived_at`);
  }
}
