import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uniqueness of names and e-mails on their normalised key (`aic_name_key`): "Académie de Créteil" in NFC and NFD, in
 * capitals, with a non-breaking, zero-width or double space is one name. Same index names, so messages are unchanged.
 */
export class UniqueNameKeys1765200000002 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_organisations_name"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_organisations_name" ON organisations (aic_name_key(name))`);
    await q.query(`DROP INDEX "UQ_seasons_name"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_seasons_name" ON seasons (aic_name_key(name))`);
    await q.query(`DROP INDEX "UQ_laureates_season_name"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_laureates_season_name" ON laureates (season_id, aic_name_key(name))`);
    await q.query(`DROP INDEX "UQ_users_email"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_users_email" ON users (aic_name_key(email))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_users_email"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_users_email" ON users (email)`);
    await q.query(`DROP INDEX "UQ_laureates_season_name"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_laureates_season_name" ON laureates (season_id, lower(name))`);
    await q.query(`DROP INDEX "UQ_seasons_name"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_seasons_name" ON seasons (name)`);
    await q.query(`DROP INDEX "UQ_organisations_name"`);
    await q.query(`CREATE UNIQUE INDEX "UQ_organisations_name" ON organisations (lower(name))`);
  }
}
