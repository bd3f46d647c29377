import type { MigrationInterface, QueryRunner } from 'typeorm';

// The lists as they stood when this migration was written (a later change of the pack's form is a new migration).
const STATUSES = ['identified', 'introduced', 'meeting_held', 'agreement', 'deployed', 'dropped'];
const ENGAGED = `ARRAY['meeting_held', 'agreement', 'deployed']::text[]`;

/**
 * Each laureate's partners as the committee briefing pack writes them (issue 18, scenario 5), kept by the writes:
 * `partners`, the engaged partnerships (past the first meeting) as a JSON array of {organisationName, purpose, status}
 * by organisation name in French order, then by record; `counts`, every partnership counted by stage as a JSON object
 * in the pipeline's order, stages without any left out. The same text the pack's statement built on every read
 * (1 250 partnerships, ~650 organisation lookups and 25 French sorts per pack of 25 laureates: two thirds of its
 * time), now read by primary key.
 *
 * Kept in the writing transaction by statement triggers (set-based: a bulk insert refreshes each laureate once) on
 * partnerships (insert, update, delete, truncate) and on organisations (a renamed one re-sorts its laureates' lists).
 * A refresh first locks its laureates' rows (created if missing, in id order), then reads with a new snapshot
 * (READ COMMITTED): of two transactions changing one laureate's partnerships, the second to lock computes after the
 * first has committed and sees both changes. A laureate without partnerships has '[]' and '{}', or no row: the pack
 * reads both the same way.
 */
export class CreateLaureatePartnerSummaries1767000000400 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    const counts = `'{' || concat_ws(',', ${STATUSES.map((s) => `CASE WHEN count(*) FILTER (WHERE p.status = '${s}') > 0 THEN '"${s}":' || count(*) FILTER (WHERE p.status = '${s}') END`).join(', ')}) || '}'`;
    const partner = `'{"organisationName":' || coalesce(to_json(p.organisation_name)::text, 'null') || ',"purpose":' || coalesce(to_json(p.purpose)::text, 'null') || ',"status":' || coalesce(to_json(p.status)::text, 'null') || '}'`;
    await q.query(`
      CREATE TABLE laureate_partner_summaries (
        laureate_id integer PRIMARY KEY CONSTRAINT "FK_laureate_partner_summaries_laureate" REFERENCES laureates (id) ON DELETE CASCADE,
        partners text NOT NULL DEFAULT '[]',
        counts text NOT NULL DEFAULT '{}'
      )`);
    await q.query(`
      CREATE FUNCTION aic_refresh_partner_summaries(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF cardinality(ids) = 0 THEN RETURN; END IF;
        INSERT INTO laureate_partner_summaries (laureate_id)
          SELECT l.id FROM laureates l WHERE l.id = ANY(ids) ORDER BY l.id
          ON CONFLICT DO NOTHING;
        PERFORM 1 FROM laureate_partner_summaries WHERE laureate_id = ANY(ids) ORDER BY laureate_id FOR UPDATE;
        -- A new statement, so a new snapshot: it sees what the transactions that held these rows before committed.
        UPDATE laureate_partner_summaries s SET partners = x.partners, counts = x.counts
          FROM (
            SELECT t.laureate_id,
                   coalesce('[' || string_agg(${partner}, ',' ORDER BY p.organisation_name COLLATE "fr-x-icu", p.id) FILTER (WHERE p.engaged) || ']', '[]') AS partners,
                   ${counts} AS counts
              FROM laureate_partner_summaries t
              LEFT JOIN LATERAL (
                SELECT p.id, p.purpose, p.status, p.status = ANY(${ENGAGED}) AS engaged,
                       CASE WHEN p.status = ANY(${ENGAGED}) THEN (SELECT o.name FROM organisations o WHERE o.id = p.organisation_id) END AS organisation_name
                  FROM partnerships p WHERE p.laureate_id = t.laureate_id OFFSET 0
              ) p ON true
             WHERE t.laureate_id = ANY(ids)
             GROUP BY t.laureate_id
          ) x
         WHERE s.laureate_id = x.laureate_id AND (s.partners, s.counts) IS DISTINCT FROM (x.partners, x.counts);
      END $$`);
    await q.query(`
      CREATE FUNCTION aic_partnerships_refresh_summaries() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM aic_refresh_partner_summaries(ARRAY(SELECT DISTINCT laureate_id FROM new_rows));
        ELSIF TG_OP = 'UPDATE' THEN
          PERFORM aic_refresh_partner_summaries(ARRAY(SELECT laureate_id FROM new_rows UNION SELECT laureate_id FROM old_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM aic_refresh_partner_summaries(ARRAY(SELECT DISTINCT laureate_id FROM old_rows));
        ELSE
          DELETE FROM laureate_partner_summaries;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION aic_organisations_refresh_summaries() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM aic_refresh_partner_summaries(ARRAY(
          SELECT DISTINCT p.laureate_id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN partnerships p ON p.organisation_id = n.id
           WHERE n.name IS DISTINCT FROM o.name));
        RETURN NULL;
      END $$`);
    const trigger = (name: string, event: string, table: string, transition: string, fn: string) =>
      q.query(`CREATE TRIGGER "${name}" AFTER ${event} ON ${table} ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    await trigger('TRG_partnerships_summaries_insert', 'INSERT', 'partnerships', 'REFERENCING NEW TABLE AS new_rows', 'aic_partnerships_refresh_summaries');
    await trigger('TRG_partnerships_summaries_update', 'UPDATE', 'partnerships', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows', 'aic_partnerships_refresh_summaries');
    await trigger('TRG_partnerships_summaries_delete', 'DELETE', 'partnerships', 'REFERENCING OLD TABLE AS old_rows', 'aic_partnerships_refresh_summaries');
    await trigger('TRG_partnerships_summaries_truncate', 'TRUNCATE', 'partnerships', '', 'aic_partnerships_refresh_summaries');
    await trigger('TRG_organisations_summaries_update', 'UPDATE', 'organisations', 'REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows', 'aic_organisations_refresh_summaries');
    await q.query(`SELECT aic_refresh_partner_summaries(ARRAY(SELECT DISTINCT laureate_id FROM partnerships))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name, table] of [
      ['TRG_partnerships_summaries_insert', 'partnerships'],
      ['TRG_partnerships_summaries_update', 'partnerships'],
      ['TRG_partnerships_summaries_delete', 'partnerships'],
      ['TRG_partnerships_summaries_truncate', 'partnerships'],
      ['TRG_organisations_summaries_update', 'organisations'],
    ]) {
      await q.query(`DROP TRIGGER IF EXISTS "${name}" ON ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS aic_organisations_refresh_summaries()`);
    await q.query(`DROP FUNCTION IF EXISTS aic_partnerships_refresh_summaries()`);
    await q.query(`DROP FUNCTION IF EXISTS aic_refresh_partner_summaries(integer[])`);
    await q.query(`DROP TABLE IF EXISTS laureate_partner_summaries`);
  }
}
