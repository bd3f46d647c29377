import pg from 'pg';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config.js';
import { dataSourceOptions } from './data-source.js';
import { installJobQueue } from '../platform/mail/job-queue.js';
import { APP_ROLE, appRolePassword, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

export interface PreparedDatabase {
  /** For the API's pool: the application role (`aic_app`) when roles are separated. */
  url: string;
  /** For migrations, demo data and the CLI: the tables' owner. */
  ownerUrl: string;
  embedded: EmbeddedDatabase | null;
  /** What the operator should know (roles not separated…), for the caller to print. */
  warnings: string[];
}

/**
 * Starts the embedded PostgreSQL unless DATABASE_URL is set, then applies pending migrations (and loads demo data)
 * as the tables' owner. The API then connects as the application role, which cannot alter tables, disable triggers,
 * truncate, or update and delete audit events: on the embedded cluster `aic_app` (password from AIC_APP_DB_PASSWORD or
 * generated under the data directory); on an external server DATABASE_URL, with DATABASE_OWNER_URL for migrations.
 */
export async function prepareDatabase(
  config: AppConfig,
  log: (message: string) => void,
  afterMigrations?: (dataSource: DataSource) => Promise<unknown>,
): Promise<PreparedDatabase> {
  const warnings: string[] = [];
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, 'aic', log);
  try {
    const ownerUrl = embedded ? embedded.ownerUrl : (config.databaseOwnerUrl ?? config.databaseUrl!);
    await runMigrations(ownerUrl, log, afterMigrations);
    let url: string;
    if (embedded) {
      url = await enableAppRoleLogin(ownerUrl, appRolePassword(config.dataDir, config.appDbPassword));
    } else {
      url = config.databaseUrl!;
      if (!config.databaseOwnerUrl) {
        warnings.push('DATABASE_OWNER_URL is not set: migrations and the API use the one role of DATABASE_URL (see docs/operations.md, "Database roles")');
      }
    }
    const risk = await ownerRightsOf(url);
    if (risk) warnings.push(`the API connects as a role that ${risk}: the audit trail is not append-only against the application`);
    return { url, ownerUrl, embedded, warnings };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

/** Gives the application role its login and password on the embedded cluster; returns its URL. */
export async function enableAppRoleLogin(ownerUrl: string, password: string): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}

/** Why the role of `url` could alter the audit trail (superuser, owner of audit_events), or null. */
async function ownerRightsOf(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT r.rolsuper AS superuser, pg_has_role(current_user, c.relowner, 'USAGE') AS owner
         FROM pg_roles r, pg_class c WHERE r.rolname = current_user AND c.oid = 'audit_events'::regclass`,
    );
    if (rows[0]?.superuser) return 'is a superuser';
    if (rows[0]?.owner) return 'owns the tables';
    return null;
  } finally {
    await client.end();
  }
}

/** Arbitrary key of the advisory lock that serialises start-up work between API instances. */
const STARTUP_LOCK = 7_264_001;

/**
 * Applies pending migrations, then runs `afterMigrations` (demo data), under a PostgreSQL advisory lock:
 * several instances starting at once on one database do this one after the other, not together.
 */
export async function runMigrations(
  url: string,
  log: (message: string) => void,
  afterMigrations?: (dataSource: DataSource) => Promise<unknown>,
): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    await underStartupLock(dataSource, async () => {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      for (const migration of applied) log(`migration applied: ${migration.name}`);
      // pg-boss's own schema (e-mail queue, schedules): created or upgraded by its migrator, as the owner.
      await installJobQueue(url);
      await afterMigrations?.(dataSource);
    });
  } finally {
    await dataSource.destroy();
  }
}

/** Runs `work` holding the start-up advisory lock on a connection of `dataSource`: instances do it one after the other. */
export async function underStartupLock<T>(dataSource: DataSource, work: () => Promise<T>): Promise<T> {
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    return await work();
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
    await lock.release();
  }
}
