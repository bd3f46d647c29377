import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The committee briefing counts each laureate's actions by axis and status: with this index it is an index-only
 * scan (measured at national scale: ~1 ms instead of 11–30 ms of heap reads for a committee of 25 laureates).
 */
export class CreateActionsProgressIndex1764000000901 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_actions_laureate_axis_status" ON actions (laureate_id, axis, status)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_actions_laureate_axis_status"`);
  }
}
