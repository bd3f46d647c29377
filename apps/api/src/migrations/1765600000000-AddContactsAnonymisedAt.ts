import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a contact was anonymised (right to erasure): the row stays, as a tombstone the programme's history points at. */
export class AddContactsAnonymisedAt1765600000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contacts ADD COLUMN anonymised_at timestamptz`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contacts DROP COLUMN anonymised_at`);
  }
}
