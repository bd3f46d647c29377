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
    // A server that accepts connections but does not answer (starting up, overloaded) fails a request after 5 s
    // (then 503, see postgres-errors.ts) instead of holding it forever (pg's default).
    extra: { max: poolSize, connectionTimeoutMillis: 5000 },
  };
}

/** For the TypeORM CLI (`migration:generate`): DATABASE_URL must point at a migrated database. */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://localhost/aic'));
