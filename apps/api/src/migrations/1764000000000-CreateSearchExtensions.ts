import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accent- and case-insensitive search: `f_unaccent` is an IMMUTABLE wrapper so it can be indexed. */
export class CreateSearchExtensions1764000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION IF EXISTS f_unaccent(text)`);
    await q.query(`DROP EXTENSION IF EXISTS pg_trgm`);
    await q.query(`DROP EXTENSION IF EXISTS unaccent`);
  }
}
