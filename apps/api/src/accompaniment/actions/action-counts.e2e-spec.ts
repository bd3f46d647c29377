import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import type { QueryRunner } from 'typeorm';
import { secondWaitsForFirst } from '../../../test/concurrent.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let p: Programme;
let laureates: number[];

beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'action-counts');
  laureates = [p.laureates.own, p.laureates.other];
});
afterAll(() => t.close());

const AXES = ['consolidate', 'integrate', 'deploy'] as const;
const STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;

/** The counts as the triggers keep them and as counting the actions finds them, for the test's laureates. */
async function keptAndCounted(db: { query: TestApp['dataSource']['query'] } = t.dataSource) {
  const kept = await db.query(
    `SELECT laureate_id, axis, planned, in_progress, done, cancelled FROM laureate_action_counts
      WHERE laureate_id = ANY($1) AND planned + in_progress + done + cancelled > 0 ORDER BY 1, 2`,
    [laureates],
  );
  const counted = await db.query(
    `SELECT laureate_id, axis, ${STATUSES.map((s) => `count(*) FILTER (WHERE status = '${s}')::int AS ${s}`).join(', ')}
       FROM actions WHERE laureate_id = ANY($1) GROUP BY 1, 2 ORDER BY 1, 2`,
    [laureates],
  );
  return { kept, counted };
}

const action = fc.record({ laureate: fc.integer({ min: 0, max: 1 }), axis: fc.constantFrom(...AXES), status: fc.constantFrom(...STATUSES) });

/** A write on the actions, each one statement as the API or a bulk change sends it. */
const write = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), rows: fc.array(action, { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('update' as const), pick: fc.nat(), count: fc.integer({ min: 1, max: 4 }), to: fc.record({ laureate: fc.option(fc.integer({ min: 0, max: 1 })), axis: fc.option(fc.constantFrom(...AXES)), status: fc.option(fc.constantFrom(...STATUSES)) }) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
);

type Write = typeof write extends fc.Arbitrary<infer W> ? W : never;

async function apply(w: Write): Promise<void> {
  if (w.kind === 'insert') {
    await t.dataSource.query(
      `INSERT INTO actions (laureate_id, axis, support_type, title, status, done_on)
       SELECT l, a, 'networking', 'Compté', s, CASE WHEN s = 'done' THEN CURRENT_DATE END FROM unnest($1::int[], $2::text[], $3::text[]) AS r(l, a, s)`,
      [w.rows.map((r) => laureates[r.laureate]), w.rows.map((r) => r.axis), w.rows.map((r) => r.status)],
    );
    return;
  }
  const ids: number[] = (await t.dataSource.query(`SELECT id FROM actions WHERE laureate_id = ANY($1) ORDER BY id`, [laureates])).map((r: { id: number }) => r.id);
  if (ids.length === 0) return;
  const chosen = Array.from({ length: w.count }, (_, k) => ids[(w.pick + k * 7) % ids.length]);
  if (w.kind === 'delete') {
    await t.dataSource.query(`DELETE FROM actions WHERE id = ANY($1)`, [chosen]);
    return;
  }
  const { laureate, axis, status } = w.to;
  await t.dataSource.query(
    `UPDATE actions SET laureate_id = coalesce($2, laureate_id), axis = coalesce($3, axis), status = coalesce($4, status),
            done_on = CASE WHEN coalesce($4, status) = 'done' THEN coalesce(done_on, CURRENT_DATE) END
      WHERE id = ANY($1)`,
    [chosen, laureate === null ? null : laureates[laureate], axis, status],
  );
}

describe('the actions counted by laureate, axis and status, kept by the writes (laureate_action_counts)', () => {
  it('equal the actions counted, after any sequence of inserts, updates (status, axis, laureate) and deletes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 8 }), async (writes) => {
        for (const w of writes) await apply(w);
        const { kept, counted } = await keptAndCounted();
        expect(kept).toEqual(counted);
      }),
      { numRuns: 40 },
    );
  });

  it('add up the writes of concurrent transactions on the same laureates, whichever commits first', async () => {
    const before = await keptAndCounted();
    expect(before.kept).toEqual(before.counted);
    const insert = (runner: QueryRunner, order: number[]) =>
      runner.query(
        `INSERT INTO actions (laureate_id, axis, support_type, title, status) SELECT l, 'deploy', 'technical', 'Concurrente', 'planned' FROM unnest($1::int[]) AS l`,
        [order],
      );
    // The second waits on the first's locks; taken in key order, whatever the rows' order, they cannot deadlock.
    await secondWaitsForFirst(t.dataSource, (a) => insert(a, [laureates[0], laureates[1]]), (b) => insert(b, [laureates[1], laureates[0], laureates[0]]));
    const after = await keptAndCounted();
    expect(after.kept).toEqual(after.counted);
    const deploy = (rows: Array<{ laureate_id: number; axis: string; planned: number }>, laureate: number) => rows.find((r) => r.laureate_id === laureate && r.axis === 'deploy')?.planned ?? 0;
    expect(deploy(after.kept, laureates[0]) - deploy(before.kept, laureates[0])).toBe(3);
    expect(deploy(after.kept, laureates[1]) - deploy(before.kept, laureates[1])).toBe(2);
  });

  it('are emptied with the actions (TRUNCATE, by the tables’ owner), within a transaction rolled back', async () => {
    // One simple query of several statements: one connection, the transaction rolled back whatever happens.
    const results = (await t.asOwner(`BEGIN; TRUNCATE actions; SELECT count(*)::int AS n FROM laureate_action_counts; ROLLBACK`)) as unknown as Array<{ rows: unknown[] }>;
    expect(results[2].rows).toEqual([{ n: 0 }]);
    const { kept, counted } = await keptAndCounted();
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(counted);
  });
});
