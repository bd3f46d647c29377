import { DataSource } from 'typeorm';
import type { AppConfig } from '../config.js';
import { dataSourceOptions } from './data-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js';

export interface PreparedDatabase {
  url: string;
  embedded: EmbeddedDatabase | null;
}

/** Starts the embedded PostgreSQL unless DATABASE_URL is set, then applies pending migrations. */
export async function prepareDatabase(config: AppConfig, log: (message: string) => void): Promise<PreparedDatabase> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, 'aic', log);
  const url = config.databaseUrl ?? embedded!.url;
  try {
    await runMigrations(url, log);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return { url, embedded };
}

export async function runMigrations(url: string, log: (message: string) => void): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url, 2));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) log(`migration applied: ${migration.name}`);
  } finally {
    await dataSource.destroy();
  }
}
