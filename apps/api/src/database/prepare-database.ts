import { DataSource } from 'typeorm';
import type { AppConfig } from '../config.js';
import { dataSourceOptions } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

export interface PreparedDatabase {
  url: string;
  embedded: EmbeddedDatabase | null;
}

/** Starts the embedded PostgreSQL unless DATABASE_URL is set, then applies pending migrations (and loads demo data). */
export async function prepareDatabase(
  config: AppConfig,
  log: (message: string) => void,
  afterMigrations?: (dataSource: DataSource) => Promise<unknown>,
): Promise<PreparedDatabase> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, 'aic', log);
  const url = config.databaseUrl ?? embedded!.url;
  try {
    await runMigrations(url, log, afterMigrations);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { url, embedded };
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
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) log(`migration applied: ${migration.name}`);
    await afterMigrations?.(dataSource);
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
    await lock.release();
    await dataSource.destroy();
  }
}
