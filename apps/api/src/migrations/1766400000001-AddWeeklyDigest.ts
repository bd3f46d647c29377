import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The weekly digest e-mail (issue 17): each user may opt out (on by default), and it is a kind of mail. */
export class AddWeeklyDigest1766400000001 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ADD COLUMN weekly_digest boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE mail_messages DROP CONSTRAINT "CHK_mail_messages_kind"`);
    await q.query(`ALTER TABLE mail_messages ADD CONSTRAINT "CHK_mail_messages_kind"
      CHECK (kind IN ('invitation', 'password_reset', 'committee_reminder', 'weekly_digest'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM mail_messages WHERE kind = 'weekly_digest'`);
    await q.query(`ALTER TABLE mail_messages DROP CONSTRAINT "CHK_mail_messages_kind"`);
    await q.query(`ALTER TABLE mail_messages ADD CONSTRAINT "CHK_mail_messages_kind" CHECK (kind IN ('invitation', 'password_reset', 'committee_reminder'))`);
    await q.query(`ALTER TABLE users DROP COLUMN weekly_digest`);
  }
}
