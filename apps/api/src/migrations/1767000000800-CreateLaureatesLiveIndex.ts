import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The laureates that are not archived (every list's default), by season and phase: the lists' totals are counted from
 * this index alone. Without it, counting the 1 000 laureates of the benchmark's national dataset read the whole table
 * and went through every row's long texts to reach `archived_at`, its last column: PostgreSQL's CPU for the laureates
 * list's page and total went 0.61 → 0.42 ms, measured (the count 0.43 → 0.10 ms).
 */
export class CreateLaureatesLiveIndex1767000000800 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_laureates_live" ON laureates (season_id, phase) WHERE archived_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_laureates_live"`);
  }
}
