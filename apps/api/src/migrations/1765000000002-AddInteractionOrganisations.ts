import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every journal entry names who it was with: contacts (`contact_ids`, already there) and now organisations
 * (`organisation_ids`). Arrays have no foreign key, so deleting a contact or an organisation still named in the
 * journal is refused by a trigger with the same error (23503) as a foreign key would give.
 */
export class AddInteractionOrganisations1765000000002 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE interactions ADD COLUMN organisation_ids integer[] NOT NULL DEFAULT '{}'`);
    await q.query(`CREATE INDEX "IDX_interactions_organisations" ON interactions USING gin (organisation_ids)`);
    await q.query(`CREATE FUNCTION aic_refuse_delete_of_participant() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (TG_TABLE_NAME = 'organisations' AND EXISTS (SELECT 1 FROM interactions WHERE organisation_ids @> ARRAY[OLD.id]))
           OR (TG_TABLE_NAME = 'contacts' AND EXISTS (SELECT 1 FROM interactions WHERE contact_ids @> ARRAY[OLD.id])) THEN
          RAISE EXCEPTION USING ERRCODE = 'foreign_key_violation',
            MESSAGE = format('%s %s takes part in journal entries', TG_TABLE_NAME, OLD.id),
            DETAIL = format('Key (id)=(%s) is still referenced from table "interactions".', OLD.id);
        END IF;
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER "TRG_organisations_participant" BEFORE DELETE ON organisations FOR EACH ROW EXECUTE FUNCTION aic_refuse_delete_of_participant()`);
    await q.query(`CREATE TRIGGER "TRG_contacts_participant" BEFORE DELETE ON contacts FOR EACH ROW EXECUTE FUNCTION aic_refuse_delete_of_participant()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "TRG_contacts_participant" ON contacts`);
    await q.query(`DROP TRIGGER "TRG_organisations_participant" ON organisations`);
    await q.query(`DROP FUNCTION aic_refuse_delete_of_participant()`);
    await q.query(`ALTER TABLE interactions DROP COLUMN organisation_ids`);
  }
}
