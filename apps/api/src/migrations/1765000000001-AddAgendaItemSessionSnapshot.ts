import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each laureate looked like when its committee sat, kept at closing: the briefing pack of a closed committee
 * shows the phase and health the committee decided on, not the ones that followed.
 */
export class AddAgendaItemSessionSnapshot1765000000001 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agenda_items
      ADD COLUMN phase_at_session text CONSTRAINT "CHK_agenda_items_phase_at_session" CHECK (phase_at_session IN ('phase1', 'phase2', 'completed', 'stopped')),
      ADD COLUMN health_at_session text CONSTRAINT "CHK_agenda_items_health_at_session" CHECK (health_at_session IN ('on_track', 'at_risk', 'blocked'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE agenda_items DROP COLUMN phase_at_session, DROP COLUMN health_at_session`);
  }
}
