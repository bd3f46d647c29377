import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A season's publication: its booklet's welcome text and whether its results are public (the public page and the
 * open data exist only while `published_at` is set). One row per season, made on the first write.
 */
export class CreateSeasonPublications1766800000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE season_publications (
        season_id integer CONSTRAINT "PK_season_publications" PRIMARY KEY
          CONSTRAINT "FK_season_publications_season" REFERENCES seasons (id) ON DELETE CASCADE,
        welcome_text text,
        published_at timestamptz,
        published_by_id integer CONSTRAINT "FK_season_publications_published_by" REFERENCES users (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE season_publications`);
  }
}
