import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';
import { seedDemoIfEmpty } from '../../demo/seed-demo.js';

// The overview is JSON text built by PostgreSQL in one statement: compared here byte for byte with the answer of the
// code it replaced (three statements and the totals summed in JavaScript, kept below as the reference) for every
// season of the demo data and for a season seeded in SQL with what is easy to get wrong: texts to escape, cents,
// amounts summing past a float's exactness, an envelope exceeded, a season without envelope, laureates without grants,
// a commitment without amount.

let t: TestApp;
let p: Programme;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
  await seedDemoIfEmpty(t.dataSource, () => {});
  p = await seedProgramme(t, 'overview');
});
afterAll(() => t.close());

const get = (path: string) => request(t.http).get(path).set(bearer(p.tokens.lead));
const sql = async (text: string, params: unknown[] = []) => (await t.asOwner(text, params)).rows;

/** The controller's code before the overview became one statement (commit 8af6d72), as it answered. */
async function referenceOverview(dataSource: DataSource, seasonId: number) {
  const [season] = await dataSource.query(`SELECT id, name, funding_envelope::float8 AS envelope FROM seasons WHERE id = $1`, [seasonId]);
  if (!season) return null;
  const laureates: Array<{ laureateId: number; name: string; granted: number; paid: number; grants: number }> = await dataSource.query(
    `SELECT l.id AS "laureateId", l.name, coalesce(sum(g.amount), 0)::float8 AS granted,
            coalesce(sum((SELECT sum(d.amount) FROM disbursements d WHERE d.grant_id = g.id)), 0)::float8 AS paid,
            count(g.id)::int AS grants
       FROM laureates l LEFT JOIN grants g ON g.laureate_id = l.id
      WHERE l.season_id = $1 GROUP BY l.id ORDER BY granted DESC, l.name COLLATE "fr-x-icu"`,
    [seasonId],
  );
  const commitments = await dataSource.query(
    `SELECT c.status, count(*)::int AS count, coalesce(sum(c.amount), 0)::float8 AS amount, to_char(min(c.due_on) FILTER (WHERE c.status IN ('promised', 'in_progress')), 'YYYY-MM-DD') AS "nextDueOn"
       FROM commitments c JOIN laureates l ON l.id = c.laureate_id WHERE l.season_id = $1 GROUP BY c.status ORDER BY c.status`,
    [seasonId],
  );
  const sumOfEuros = (amounts: number[]) => amounts.reduce((cents, euros) => cents + Math.round(euros * 100), 0) / 100;
  const granted = sumOfEuros(laureates.map((l) => l.granted));
  return {
    seasonId: season.id,
    seasonName: season.name,
    envelope: season.envelope,
    granted,
    paid: sumOfEuros(laureates.map((l) => l.paid)),
    remaining: season.envelope === null ? null : Math.round((season.envelope - granted) * 100) / 100,
    laureatesFunded: laureates.filter((l) => l.granted > 0).length,
    laureates,
    commitments,
  };
}

async function expectSameAsReference(seasonId: number) {
  const res = await get(`/api/funding-overview?seasonId=${seasonId}`);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  const want = await referenceOverview(t.dataSource, seasonId);
  expect(res.text).toBe(JSON.stringify(want));
  return res.body;
}

describe('GET /api/funding-overview', () => {
  it('answers, for every season of the demo data, the exact JSON of the code it replaced', async () => {
    const seasons: Array<{ id: number }> = await sql(
      `SELECT s.id FROM seasons s WHERE EXISTS (SELECT 1 FROM laureates l JOIN grants g ON g.laureate_id = l.id WHERE l.season_id = s.id) ORDER BY s.id`,
    );
    expect(seasons.length).toBeGreaterThan(0);
    const [{ commitments }] = await sql(`SELECT count(*)::int AS commitments FROM commitments`);
    expect(commitments).toBeGreaterThan(0);
    for (const { id } of await sql(`SELECT id FROM seasons ORDER BY id`)) await expectSameAsReference(id);
  });

  it('answers the exact JSON of a season seeded in SQL: escapes, cents, exceeded envelope, missing amounts', async () => {
    const { own, other } = p.laureates;
    const awkward = 'Guillemets " et \\ barre, ligne\nsuivante, tab\t, contrôle \u0001, ligne \u2028 et 🌦️';
    await sql(`UPDATE seasons SET name = $2, funding_envelope = 1000.10 WHERE id = $1`, [p.seasonId, `Saison ${awkward}`]);
    await sql(`UPDATE laureates SET name = $2 WHERE id = $1`, [other, `Émile ${awkward}`]);
    const [third] = await sql(`INSERT INTO laureates (season_id, name, track) VALUES ($1, 'Ábaque', 'dinum') RETURNING id`, [p.seasonId]);
    const [fourth] = await sql(`INSERT INTO laureates (season_id, name, track) VALUES ($1, 'abeille', 'dinum') RETURNING id`, [p.seasonId]);
    // 0.1 + 0.2 (and ten times 0.1) are not exact in floats: the cents must be.
    const grants = await sql(
      `INSERT INTO grants (laureate_id, amount, purpose) VALUES ($1, 0.10, 'hiring'), ($1, 0.20, 'legal'), ($2, 999.90, 'other'), ($3, 0.30, 'hiring') RETURNING id`,
      [own, other, third.id],
    );
    await sql(`INSERT INTO grants (laureate_id, amount, purpose) SELECT $1, 0.10, 'other' FROM generate_series(1, 10)`, [fourth.id]);
    await sql(
      `INSERT INTO disbursements (grant_id, amount, paid_on) VALUES ($1, 0.10, '2026-01-01'), ($2, 0.05, '2026-01-02'), ($2, 0.15, '2026-01-03'), ($3, 123.45, '2026-02-01')`,
      [grants[0].id, grants[1].id, grants[2].id],
    );
    await sql(
      `INSERT INTO commitments (laureate_id, organisation_id, kind, description, amount, due_on, status) VALUES
         ($1, $3, 'co_funding', 'a', 10.10, '2026-09-01', 'promised'), ($1, $3, 'staff_time', 'b', NULL, '2026-07-01', 'promised'),
         ($2, $3, 'other', 'c', NULL, NULL, 'in_progress'), ($2, $3, 'other', 'd', 0.20, '2026-01-01', 'honoured'), ($1, $3, 'other', 'e', NULL, '2025-01-01', 'not_honoured')`,
      [own, other, p.organisations.directorate],
    );
    const body = await expectSameAsReference(p.seasonId);
    expect(body).toMatchObject({ envelope: 1000.1, granted: 1001.5, paid: 123.75, remaining: -1.4, laureatesFunded: 4 });
    expect(body.laureates.map((l: { laureateId: number }) => l.laureateId)).toEqual([other, fourth.id, third.id, own]);
    expect(body.laureates[1]).toEqual({ laureateId: fourth.id, name: 'abeille', granted: 1, paid: 0, grants: 10 });
    expect(body.commitments).toEqual([
      { status: 'honoured', count: 1, amount: 0.2, nextDueOn: null },
      { status: 'in_progress', count: 1, amount: 0, nextDueOn: null },
      { status: 'not_honoured', count: 1, amount: 0, nextDueOn: null },
      { status: 'promised', count: 2, amount: 10.1, nextDueOn: '2026-07-01' },
    ]);

    // What was paid follows every write of disbursements (kept by triggers): a changed amount, one moved to another
    // grant, several changed by one statement.
    await sql(`UPDATE disbursements SET amount = amount + 0.01 WHERE grant_id = $1`, [grants[0].id]);
    await sql(`UPDATE disbursements SET grant_id = $2 WHERE grant_id = $1 AND amount = 0.05`, [grants[1].id, grants[3].id]);
    await sql(`UPDATE disbursements SET amount = amount * 2, paid_on = paid_on + 1 WHERE grant_id IN ($1, $2, $3)`, [grants[1].id, grants[2].id, grants[3].id]);
    expect(await expectSameAsReference(p.seasonId)).toMatchObject({ paid: 247.41 }) // 2 × (123.45 + 0.15 + 0.05) + 0.11;

    // Without envelope, and laureates without grants (ties at 0 by French name).
    await sql(`UPDATE seasons SET funding_envelope = NULL WHERE id = $1`, [p.seasonId]);
    await sql(`DELETE FROM disbursements WHERE grant_id IN (SELECT id FROM grants WHERE laureate_id IN ($1, $2))`, [own, other]);
    await sql(`DELETE FROM grants WHERE laureate_id IN ($1, $2)`, [own, other]);
    const unfunded = await expectSameAsReference(p.seasonId);
    expect(unfunded).toMatchObject({ envelope: null, remaining: null, granted: 1.3, paid: 0.1, laureatesFunded: 2 }); // the 0.05 moved to a grant of the third, doubled
  });

  it("keeps each grant's paid amount equal to the sum of its disbursements", async () => {
    const drift = await sql(
      `SELECT g.id, g.paid_amount, coalesce(sum(d.amount), 0) AS paid FROM grants g LEFT JOIN disbursements d ON d.grant_id = g.id
        GROUP BY g.id HAVING g.paid_amount <> coalesce(sum(d.amount), 0)`,
    );
    expect(drift).toEqual([]);
    const [{ n }] = await sql(`SELECT count(*)::int AS n FROM grants WHERE paid_amount > 0`);
    expect(n).toBeGreaterThan(0);
  });

  it('answers an empty season, and 404 / 400 for no season or a wrong id', async () => {
    const [empty] = await sql(`INSERT INTO seasons (name, year, status, funding_envelope) VALUES ('Saison vide', 2027, 'call_open', 0) RETURNING id`);
    expect(await expectSameAsReference(empty.id)).toEqual({
      seasonId: empty.id, seasonName: 'Saison vide', envelope: 0, granted: 0, paid: 0, remaining: 0, laureatesFunded: 0, laureates: [], commitments: [],
    });
    const missing = await get('/api/funding-overview?seasonId=999999');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toMatch(/^application\/json/);
    expect(missing.body).toMatchObject({ statusCode: 404 });
    expect((await get('/api/funding-overview?seasonId=abc')).status).toBe(400);
  });
});
