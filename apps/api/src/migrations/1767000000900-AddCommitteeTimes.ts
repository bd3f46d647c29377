import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A committee's start and end times ('HH:MM', Europe/Paris as lived), both optional: with a start time its calendar
 * event has its hours instead of being a whole day. An end time needs a start time before it.
 */
export class AddCommitteeTimes1767000000900 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE committees ADD COLUMN start_time text, ADD COLUMN end_time text`);
    await q.query(`ALTER TABLE committees ADD CONSTRAINT "CHK_committees_start_time" CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')`);
    await q.query(`ALTER TABLE committees ADD CONSTRAINT "CHK_committees_end_time" CHECK (end_time IS NULL OR (end_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' AND start_time IS NOT NULL AND end_time > start_time))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE committees DROP COLUMN end_time, DROP COLUMN start_time`);
  }
}
