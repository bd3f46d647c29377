import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure reaches the audit trail: the trail stays append-only, except for one audited path,
 * `redact_audit_personal_data()`, which blanks named fields of one record's past events (their `changes` only) and
 * writes a `redact` event. It runs as its owner (SECURITY DEFINER): once the API connects as a role that may not
 * UPDATE audit_events, this function is the only UPDATE the application can make there. See docs/personal-data.md.
 */
export class AllowAuditRedaction1765600000001 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_events DROP CONSTRAINT "CHK_audit_events_action"`);
    await q.query(`
      ALTER TABLE audit_events ADD CONSTRAINT "CHK_audit_events_action"
      CHECK (action IN ('create', 'update', 'delete', 'export', 'anonymise', 'redact'))`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- The one exception: redact_audit_personal_data(), running as the table's owner, rewriting only \`changes\`.
        IF TG_OP = 'UPDATE'
           AND current_setting('aic.audit_redaction', true) = 'on'
           AND current_user = (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = TG_RELID)
           AND (NEW.id, NEW.occurred_at, NEW.actor_id, NEW.actor_email, NEW.resource, NEW.record_id, NEW.action, NEW.request_id)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.occurred_at, OLD.actor_id, OLD.actor_email, OLD.resource, OLD.record_id, OLD.action, OLD.request_id)
        THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE FUNCTION redact_audit_personal_data(
        p_resource text, p_record_id text, p_fields text[], p_actor_id integer, p_actor_email text, p_request_id text
      ) RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      DECLARE
        redacted integer;
      BEGIN
        PERFORM set_config('aic.audit_redaction', 'on', true);
        UPDATE audit_events e
           SET changes = (
             SELECT jsonb_object_agg(c.key, CASE WHEN c.key = ANY (p_fields) THEN
                      jsonb_build_object(
                        'before', CASE WHEN coalesce(c.value -> 'before', 'null') = 'null' THEN 'null'::jsonb ELSE '"***"'::jsonb END,
                        'after', CASE WHEN coalesce(c.value -> 'after', 'null') = 'null' THEN 'null'::jsonb ELSE '"***"'::jsonb END)
                    ELSE c.value END)
               FROM jsonb_each(e.changes) c)
         WHERE e.resource = p_resource AND e.record_id = p_record_id AND e.changes ?| p_fields;
        GET DIAGNOSTICS redacted = ROW_COUNT;
        PERFORM set_config('aic.audit_redaction', '', true);
        INSERT INTO audit_events (actor_id, actor_email, resource, record_id, action, changes, request_id)
        VALUES (p_actor_id, p_actor_email, p_resource, p_record_id, 'redact',
                jsonb_build_object('redactedFields', jsonb_build_object('before', null, 'after', to_jsonb(p_fields)),
                                   'redactedEvents', jsonb_build_object('before', null, 'after', redacted)),
                p_request_id);
        RETURN redacted;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION redact_audit_personal_data(text, text, text[], integer, text, text)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`ALTER TABLE audit_events DROP CONSTRAINT "CHK_audit_events_action"`);
    await q.query(`ALTER TABLE audit_events ADD CONSTRAINT "CHK_audit_events_action" CHECK (action IN ('create', 'update', 'delete'))`);
  }
}
