import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Text as a person reads it, for uniqueness rules on human names and e-mails:
 * - `aic_clean_text`: NFC, invisible characters (zero-width space/joiners, word joiner, BOM, soft hyphen) removed,
 *   every run of spaces (including non-breaking and typographic ones, tabs, line breaks) made one space, trimmed;
 * - `aic_name_key`: that, lower-cased with the built-in Unicode case mapping (`pg_c_utf8`, no ICU or locale needed).
 * "Académie  de Créteil" (NFD, double space), "ACADÉMIE DE CRÉTEIL" and "Académie de\u00a0Créteil" share one key.
 * Both are IMMUTABLE (every function they call is) so that unique indexes can be built on them; names inside are
 * schema-qualified because index maintenance runs with a safe search_path (PostgreSQL 17+).
 */
export class CreateNameKey1765200000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(String.raw`
      CREATE FUNCTION aic_clean_text(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT btrim(regexp_replace(regexp_replace(normalize($1, NFC),
              '[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]', '', 'g'),
              '[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+', ' ', 'g'), ' ') $$`);
    await q.query(`
      CREATE FUNCTION aic_name_key(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.aic_clean_text($1) COLLATE pg_catalog.pg_c_utf8) $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION aic_name_key(text)`);
    await q.query(`DROP FUNCTION aic_clean_text(text)`);
  }
}
