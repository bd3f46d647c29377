import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { type DataSource, QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

export const poolOf = (dataSource: DataSource) => (dataSource.driver as PostgresDriver).master as Pool;

/** A driver error as `DataSource.query` throws it (TypeORM's `QueryFailedError`, which the error filter maps to 4xx). */
export const asQueryFailed = (text: string, values: unknown[]) => (error: unknown) => {
  throw new QueryFailedError(text, values, error as Error);
};

/**
 * Runs a statement that PostgreSQL parses and plans once per pooled connection, then only executes: for a fixed text
 * sent on every request, whose parsing and planning cost more than its execution (the session lookup: 0.31 ms of
 * PostgreSQL's CPU as an unnamed statement, 0.05 ms prepared). Fixed texts only, one name each: a prepared statement
 * lives as long as its connection. Outside any transaction (the pool's own connections); errors as TypeORM's. Behind a
 * transaction-mode pooler (PgBouncer) it needs `max_prepared_statements` (PgBouncer 1.21+). Each of these runners logs its
 * statement through TypeORM's logger, as TypeORM's own queries are.
 */
export async function queryPrepared<R extends QueryResultRow>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<R[]> {
  dataSource.logger.logQuery(text, values);
  return (await poolOf(dataSource).query<R>({ name, text, values }).catch(asQueryFailed(text, values))).rows;
}

/** Texts prepared per pooled connection by `queryReusingPlans`, at most `PREPARED_TEXTS_PER_CONNECTION`. */
const preparedTexts = new WeakMap<PoolClient, Map<string, string>>();
/** Bounds PostgreSQL's memory for kept statements (tens of kB each) over the pool's connections. */
export const PREPARED_TEXTS_PER_CONNECTION = 64;
let preparedCount = 0;

/**
 * Runs a statement whose text varies (a list page: its filters, sort and page are written into it), preparing each
 * text once per connection, for the first `PREPARED_TEXTS_PER_CONNECTION` texts a connection meets; others run
 * unnamed. Parsing and planning a list page cost PostgreSQL ~0.3 ms, more than running it. Errors are TypeORM's
 * `QueryFailedError`, as `DataSource.query` throws them (mapped to 400/409 answers).
 */
export async function queryReusingPlans<R extends QueryResultRow>(dataSource: DataSource, text: string, values: unknown[]): Promise<R[]> {
  dataSource.logger.logQuery(text, values);
  const client = await poolOf(dataSource).connect();
  try {
    let texts = preparedTexts.get(client);
    if (!texts) preparedTexts.set(client, (texts = new Map()));
    let name = texts.get(text);
    if (name === undefined && texts.size < PREPARED_TEXTS_PER_CONNECTION) texts.set(text, (name = `reused-plan-${++preparedCount}`));
    return (await client.query<R>(name === undefined ? { text, values } : { name, text, values }).catch(asQueryFailed(text, values))).rows;
  } finally {
    client.release();
  }
}
