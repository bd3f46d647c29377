import 'reflect-metadata';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from '../migrations/index.js';
import { entities } from './entities.js';

export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // A connection not obtained within 30 s (a server that does not answer, or a pool saturated that long: pg-pool
    // bounds the wait in its queue too) fails the request with a 503 (common/errors/database-unavailable.ts) instead
    // of holding it forever (pg's default). Far above any wait under load, which short bounds turned into 503s.
    extra: { max: poolSize, connectionTimeoutMillis: 30_000 },
  };
}

/** For the TypeORM CLI (`migration:generate`): DATABASE_URL must point at a migrated database. */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://localhost/aic'));
