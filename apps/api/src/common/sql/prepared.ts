import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { type DataSource, type EntityManager, QueryFailedError, type QueryRunner } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

const poolOf = (dataSource: DataSource) => (dataSource.driver as PostgresDriver).master as Pool;

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
  return withPooledClient(dataSource, (client) => runReusingPlan<R>(client, text, values));
}

/**
 * `queryReusingPlans` for a statement of `em`: on the connection of its transaction when it has one (TypeORM's query
 * runner, which holds it), else on one of the pool's. The write path's statements inside their transactions (an
 * update's, a delete's) were parsed and planned on each write.
 */
export function queryReusingPlansIn<R extends QueryResultRow>(em: EntityManager, text: string, values: unknown[]): Promise<R[]> {
  return queryReusingPlansOn<R>(em.connection, em.queryRunner, text, values);
}

/** The same for a runner that may be a transaction's (a query builder's, say), or none. */
export async function queryReusingPlansOn<R extends QueryResultRow>(dataSource: DataSource, runner: QueryRunner | undefined, text: string, values: unknown[]): Promise<R[]> {
  if (!runner) return queryReusingPlans<R>(dataSource, text, values);
  dataSource.logger.logQuery(text, values, runner);
  return runReusingPlan<R>((await runner.connect()) as PoolClient, text, values);
}

async function runReusingPlan<R extends QueryResultRow>(client: PoolClient, text: string, values: unknown[]): Promise<R[]> {
  let texts = preparedTexts.get(client);
  if (!texts) preparedTexts.set(client, (texts = new Map()));
  let name = texts.get(text);
  if (name === undefined && texts.size < PREPARED_TEXTS_PER_CONNECTION) texts.set(text, (name = `reused-plan-${++preparedCount}`));
  return (await client.query<R>(name === undefined ? { text, values } : { name, text, values }).catch(asQueryFailed(text, values))).rows;
}

/**
 * A connection of the pool for `work`, given back afterwards. While it is out of the pool, the driver reports the
 * server going away (killed, restarted) as an 'error' event on it, which would end the process without a listener
 * (the pool listens only to idle connections, its own `query` and TypeORM's runner to theirs): it is heard here, and
 * the connection is then destroyed rather than given back, as after any error but a statement's refusal. The work's
 * statement fails on its own (a 503).
 */
export async function withPooledClient<R>(dataSource: DataSource, work: (client: PoolClient) => Promise<R>): Promise<R> {
  const client = await poolOf(dataSource).connect();
  let lost: Error | undefined;
  const onError = (error: Error) => {
    lost ??= error;
  };
  client.on('error', onError);
  try {
    return await work(client);
  } catch (error) {
    // The server may have ended the connection (its 'error' event can come after the statement's): not reused.
    if (!statementRefused(error)) lost ??= error as Error;
    throw error;
  } finally {
    client.removeListener('error', onError);
    client.release(lost);
  }
}

/** A statement refused on a sound connection (an SQLSTATE of severity ERROR: bad value, constraint…), which can serve the next one. */
function statementRefused(error: unknown): boolean {
  const driverError = (error instanceof QueryFailedError ? error.driverError : error) as { code?: unknown; severity?: unknown } | null;
  return typeof driverError?.code === 'string' && driverError.severity === 'ERROR';
}
