import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The journal's search by words (issue 18): a stored `tsvector` of title and summary, unaccented and lowercased, with
 * the 'simple' configuration (every word kept as written: no French stemming, which would make "convention" find
 * "conventionnel", and no stop words, so that "la poste" still needs both words), in a GIN index led by the entry's
 * year and month (`btree_gin`): the list, newest first, asks the index for the matches of one period at a time (the
 * newest months one by one, then whole years) and stops as soon as it has the matches it counts
 * (common/list/find-list.ts). The words typed are matched as whole words (`plainto_tsquery('simple', …)` of the
 * unaccented text: every word, a hyphenated one as a phrase); a prefix (`word:*`) is a partial match, which GIN
 * collects in full on every probe of a period (measured on a million entries: 2.6 ms a month for "grenoble:*", 0.14 ms
 * for "grenoble"). The trigram index stays for names (contacts, organisations, laureates); the journal's
 * is dropped by the next migration.
 */
export class CreateInteractionsWordSearch1767000000100 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    // Months since year 0 and years, in UTC: IMMUTABLE, so that an index can hold them.
    await q.query(`
      CREATE OR REPLACE FUNCTION f_month(timestamptz) RETURNS integer
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT (extract(year FROM $1 AT TIME ZONE 'UTC') * 12 + extract(month FROM $1 AT TIME ZONE 'UTC') - 1)::integer $$`);
    await q.query(`
      CREATE OR REPLACE FUNCTION f_year(timestamptz) RETURNS integer
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT extract(year FROM $1 AT TIME ZONE 'UTC')::integer $$`);
    await q.query(`
      ALTER TABLE interactions ADD COLUMN search_vector tsvector
        GENERATED ALWAYS AS (to_tsvector('simple', f_unaccent(lower(title || ' ' || coalesce(summary, ''))))) STORED`);
    await q.query(`CREATE INDEX "IDX_interactions_words" ON interactions USING gin (f_year(occurred_at), f_month(occurred_at), search_vector)`);
    // The frequency of each word (most common elements), so that the planner sizes a search's matches.
    await q.query(`ALTER TABLE interactions ALTER COLUMN search_vector SET STATISTICS 1000`);
    await q.query(`ANALYZE interactions`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_interactions_words"`);
    await q.query(`ALTER TABLE interactions DROP COLUMN search_vector`);
    await q.query(`DROP FUNCTION f_year(timestamptz)`);
    await q.query(`DROP FUNCTION f_month(timestamptz)`);
  }
}
