import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The application role `aic_app`: the API connects as it, migrations run as the tables' owner. It reads and writes
 * rows but owns nothing, so it cannot ALTER a table, disable a trigger or TRUNCATE; on `audit_events` it may only
 * SELECT and INSERT: the audit trail is append-only against the application itself, not only by trigger.
 * Created here when the migrating role may create roles (the embedded cluster's superuser); otherwise (an external
 * server whose owner lacks CREATEROLE) nothing is done and the operator creates it first (docs/operations.md).
 * Default privileges give it the tables and sequences of later migrations, which run as the same owner.
 */
export class CreateAppRole1765300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aic_app') THEN
          IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
            RAISE NOTICE 'role aic_app missing and % may not create it: the API will connect as the owner', current_user;
            RETURN;
          END IF;
          CREATE ROLE aic_app NOLOGIN;
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO aic_app', current_schema());
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO aic_app', current_schema());
        EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO aic_app', current_schema());
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO aic_app', current_schema());
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO aic_app', current_schema());
        REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_events FROM aic_app;
        REVOKE ALL ON migrations FROM aic_app;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'aic_app') THEN RETURN; END IF;
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE ALL ON TABLES FROM aic_app', current_schema());
        EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE ALL ON SEQUENCES FROM aic_app', current_schema());
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM aic_app', current_schema());
        EXECUTE format('REVOKE ALL ON ALL SEQUENCES IN SCHEMA %I FROM aic_app', current_schema());
        EXECUTE format('REVOKE USAGE ON SCHEMA %I FROM aic_app', current_schema());
      END $$`);
  }
}
