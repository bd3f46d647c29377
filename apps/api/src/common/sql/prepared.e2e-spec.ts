import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Pool, PoolClient } from 'pg';
import { QueryFailedError } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { PREPARED_TEXTS_PER_CONNECTION, queryPrepared, queryReusingPlans } from './prepared.js';
import { queryTextAsBytes } from './text-as-bytes.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** The names of the statements prepared on each of the pool's connections (all held at once, so each is asked). */
async function preparedPerConnection(): Promise<number[]> {
  const pool = (t.dataSource.driver as PostgresDriver).master as Pool;
  const held: PoolClient[] = [];
  try {
    for (let i = 0; i < pool.totalCount; i++) held.push(await pool.connect());
    return await Promise.all(
      held.map(async (client) => (await client.query(`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE name LIKE 'reused-plan-%'`)).rows[0].n as number),
    );
  } finally {
    for (const client of held) client.release();
  }
}

describe('statements whose plans are reused (list pages)', () => {
  it('answers each text right, prepares at most the cap per connection, and runs the others unnamed', async () => {
    const texts = PREPARED_TEXTS_PER_CONNECTION + 20;
    // One after the other: the pool hands back the connection just released, which so meets every text.
    for (let round = 0; round < 3; round++) {
      const answers: number[] = [];
      for (let k = 0; k < texts; k++) answers.push((await queryReusingPlans<{ n: number }>(t.dataSource, `SELECT $1::int + ${k} AS n`, [round]))[0].n);
      expect(answers).toEqual(Array.from({ length: texts }, (_, k) => round + k));
    }
    const prepared = await preparedPerConnection();
    expect(Math.max(...prepared)).toBeGreaterThan(0);
    expect(Math.max(...prepared)).toBeLessThanOrEqual(PREPARED_TEXTS_PER_CONNECTION);
  });

  it('throws a bad value as TypeORM does (mapped to a 400), and the connection answers the next statement', async () => {
    const text = 'SELECT $1::int AS n';
    await expect(queryReusingPlans(t.dataSource, text, ['not a number'])).rejects.toBeInstanceOf(QueryFailedError);
    await expect(queryReusingPlans(t.dataSource, text, ['not a number'])).rejects.toMatchObject({ driverError: { code: '22P02' } });
    expect(await queryReusingPlans<{ n: number }>(t.dataSource, text, [7])).toEqual([{ n: 7 }]);
    // The same for a statement of a fixed name (the session lookup's kind).
    await expect(queryPrepared(t.dataSource, 'probe-int', text, ['not a number'])).rejects.toMatchObject({ driverError: { code: '22P02' } });
    await expect(queryPrepared(t.dataSource, 'probe-int', text, ['x'])).rejects.toBeInstanceOf(QueryFailedError);
    expect(await queryPrepared<{ n: number }>(t.dataSource, 'probe-int', text, [8])).toEqual([{ n: 8 }]);
  });
});

describe('a connection lost while out of the pool', () => {
  it("rejects the statement, keeps the process up (no unheard 'error' event) and gives the next statement a working connection", async () => {
    for (const run of [
      (marker: string) => queryReusingPlans(t.dataSource, `SELECT pg_sleep(5), '${marker}' AS marker`, []),
      (marker: string) => queryTextAsBytes(t.dataSource, { text: `SELECT pg_sleep(5)::text || '${marker}' AS json`, values: [] }, 'json', ''),
    ]) {
      const marker = `lost-${Math.random().toString(36).slice(2)}`;
      const running = run(marker);
      // Its server process ended from outside, as a restart or a crash of the server would.
      let killed = 0;
      for (let tries = 0; killed === 0 && tries < 50; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        killed = (await t.dataSource.query(`SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE query LIKE $1 AND pid <> pg_backend_pid()`, [`%'${marker}'%`]))[0].n;
      }
      expect(killed).toBe(1);
      await expect(running).rejects.toBeInstanceOf(QueryFailedError);
      expect(await queryReusingPlans<{ n: number }>(t.dataSource, 'SELECT 1 AS n', [])).toEqual([{ n: 1 }]);
    }
  });
});
