import type { DataSource, QueryRunner } from 'typeorm';

/**
 * Two transactions writing the same rows: `first` writes and holds its locks, `second` starts its write and waits on
 * them (checked in `pg_stat_activity`, not guessed with a delay), then `first` commits and `second` finishes and
 * commits. Both are released whatever happens.
 */
export async function secondWaitsForFirst(
  dataSource: DataSource,
  first: (runner: QueryRunner) => Promise<unknown>,
  second: (runner: QueryRunner) => Promise<unknown>,
): Promise<void> {
  const [a, b] = [dataSource.createQueryRunner(), dataSource.createQueryRunner()];
  try {
    await a.startTransaction();
    await b.startTransaction();
    await first(a);
    const [{ pid }] = await b.query('SELECT pg_backend_pid() AS pid');
    const waiting = second(b);
    await untilWaitingOnALock(dataSource, pid);
    await a.commitTransaction();
    await waiting;
    await b.commitTransaction();
  } finally {
    await a.release();
    await b.release();
  }
}

async function untilWaitingOnALock(dataSource: DataSource, pid: number): Promise<void> {
  for (let tries = 0; tries < 250; tries++) {
    const [{ waiting }] = await dataSource.query(`SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE pid = $1 AND wait_event_type = 'Lock'`, [pid]);
    if (waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('the second transaction did not wait for the first one');
}
