import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Alerts and calendar (issue 16): the number of days without an exchange after which a laureate of a season is
 * flagged (30 unless the season says otherwise), and each user's secret iCalendar feed, of which only the token's
 * SHA-256 is stored (as for sessions).
 */
export class CreateAlertSettingsAndCalendarFeeds1766700000001 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE seasons ADD COLUMN quiet_after_days integer NOT NULL DEFAULT 30
      CONSTRAINT "CHK_seasons_quiet_after_days" CHECK (quiet_after_days BETWEEN 1 AND 365)`);
    await q.query(`
      CREATE TABLE calendar_feeds (
        user_id integer CONSTRAINT "PK_calendar_feeds" PRIMARY KEY CONSTRAINT "FK_calendar_feeds_user" REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_calendar_feeds_token_hash" ON calendar_feeds (token_hash)`);
    // Alerts: open commitments past due, all laureates (the table grows with seasons)
    await q.query(`CREATE INDEX "IDX_commitments_open_due" ON commitments (due_on) WHERE status IN ('promised', 'in_progress')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_commitments_open_due"`);
    await q.query(`DROP TABLE calendar_feeds`);
    await q.query(`ALTER TABLE seasons DROP COLUMN quiet_after_days`);
  }
}
