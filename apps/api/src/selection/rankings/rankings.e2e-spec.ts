import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { assign, seedApplication, seedCall, seedEvaluator, seedSeason } from '../../../test/selection-fixtures.js';
import { bearer, createAccount, login, startTestApp, type TestApp } from '../../../test/test-app.js';

/**
 * A hand-checked ranking. Call weights: general interest 2, the four others 1 (Σ 6); jury 2, citizens 1.
 * A: J1 (4,3,2,5,1) → 19/6, J2 (5,5,4,3,3) → 25/6; jury mean 11/3, σ 0.5. C1 (3,3,3,3,3) → 3; C2 declares a
 *    conflict (its scores, written straight to the table, must not count). Combined (2 × 11/3 + 3) / 3 = 31/9 ≈ 3.4444;
 *    σ over {19/6, 25/6, 3} = √(258/972) ≈ 0.5152; criteria: GI (2 × 4.5 + 3)/3 = 4, impact (2 × 4 + 3)/3 ≈ 3.6667,
 *    maturity 3, carrier ≈ 3.6667, shared governance (2 × 2 + 3)/3 ≈ 2.3333.
 * B: J1 (4,4,4,4,4) → 4; C1 assigned, draft only (missing 1). Combined: the jury alone, 4.
 * C: J2 (2,5,5,5,5) → 24/6 = 4. Tied with B.
 * D: shortlisted, nobody assigned: unscored, last.
 */
let t: TestApp;
let lead: string;
let call: number;
const app: Record<string, number> = {};
const who: Record<string, { id: number; token: string }> = {};

async function evaluation(application: number, evaluator: string, panel: string, scores: number[], options: { status?: string; conflict?: boolean } = {}) {
  await t.dataSource.query(
    `INSERT INTO evaluations (application_id, evaluator_id, panel, general_interest, impact, maturity, carrier, shared_governance, status, submitted_at, conflict_of_interest)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, CASE WHEN $9 = 'submitted' THEN now() END, $10)`,
    [application, who[evaluator].id, panel, ...scores, options.status ?? 'submitted', options.conflict ?? false],
  );
}

beforeAll(async () => {
  t = await startTestApp();
  await createAccount(t.dataSource, 'pilote.classement@test.aic', ['programme_lead']);
  lead = await login(t.http, 'pilote.classement@test.aic');
  call = await seedCall(t, await seedSeason(t, 'Saison classement'), 'dinum', { generalInterestWeight: 2, juryWeight: 2, citizenWeight: 1 });
  for (const [key, panel] of [['J1', 'jury'], ['J2', 'jury'], ['C1', 'citizen'], ['C2', 'citizen']] as const) who[key] = await seedEvaluator(t, `${key.toLowerCase()}.classement@test.aic`, panel);
  for (const ref of ['A', 'B', 'C', 'D']) app[ref] = await seedApplication(t, call, { reference: ref, status: 'shortlisted' });
  app.W = await seedApplication(t, call, { reference: 'W', status: 'withdrawn' });
  await seedApplication(t, call, { reference: 'E', status: 'eligible' });
  for (const [a, e, p] of [['A', 'J1', 'jury'], ['A', 'J2', 'jury'], ['A', 'C1', 'citizen'], ['A', 'C2', 'citizen'], ['B', 'J1', 'jury'], ['B', 'C1', 'citizen'], ['C', 'J2', 'jury'], ['W', 'J1', 'jury']] as const) {
    await assign(t, app[a], who[e].id, p);
  }
  await evaluation(app.A, 'J1', 'jury', [4, 3, 2, 5, 1]);
  await evaluation(app.A, 'J2', 'jury', [5, 5, 4, 3, 3]);
  await evaluation(app.A, 'C1', 'citizen', [3, 3, 3, 3, 3]);
  await evaluation(app.A, 'C2', 'citizen', [0, 0, 0, 0, 0], { conflict: true });
  await evaluation(app.B, 'J1', 'jury', [4, 4, 4, 4, 4]);
  await evaluation(app.B, 'C1', 'citizen', [0, 0, 0, 0, 0], { status: 'draft' });
  await evaluation(app.C, 'J2', 'jury', [2, 5, 5, 5, 5]);
  await evaluation(app.W, 'J1', 'jury', [5, 5, 5, 5, 5]);
});
afterAll(() => t.close());

describe('GET /api/calls/:id/ranking', () => {
  it('ranks the shortlist with the hand-computed means, dispersion, counts, ties and conflicts', async () => {
    const res = await request(t.http).get(`/api/calls/${call}/ranking`).set(bearer(lead));
    expect(res.status).toBe(200);
    const rows = res.body.rows as Array<Record<string, any>>;
    expect(rows.map((r) => [r.reference, r.rank, r.tied, r.overall])).toEqual([
      ['B', 1, true, 4],
      ['C', 1, true, 4],
      ['A', 3, false, 3.4444],
      ['D', 4, false, null],
    ]);
    const a = rows.find((r) => r.reference === 'A')!;
    expect(a).toMatchObject({ stddev: 0.5152, expected: 4, evaluations: 3, conflicts: 1, missing: 0 });
    expect(a.criteria).toEqual({ generalInterest: 4, impact: 3.6667, maturity: 3, carrier: 3.6667, sharedGovernance: 2.3333 });
    expect(a.panels.jury).toEqual({
      expected: 2, evaluations: 2, conflicts: 0, missing: 0, overall: 3.6667, stddev: 0.5,
      criteria: { generalInterest: 4.5, impact: 4, maturity: 3, carrier: 4, sharedGovernance: 2 },
    });
    expect(a.panels.citizen).toMatchObject({ expected: 2, evaluations: 1, conflicts: 1, missing: 0, overall: 3, stddev: 0 });
    const b = rows.find((r) => r.reference === 'B')!;
    expect(b).toMatchObject({ expected: 2, evaluations: 1, missing: 1, stddev: 0 });
    expect(b.panels.citizen).toMatchObject({ expected: 1, evaluations: 0, missing: 1, overall: null });
    const d = rows.find((r) => r.reference === 'D')!;
    expect(d).toMatchObject({ expected: 0, evaluations: 0, missing: 0, overall: null, stddev: null });
    expect(d.panels.jury).toMatchObject({ expected: 0, overall: null });
  });

  it('follows the weights of the call: with the citizens alone, A (3) leads and B, C (no citizen score) are unscored', async () => {
    await t.dataSource.query(`UPDATE calls SET jury_weight = 0 WHERE id = $1`, [call]);
    const rows = (await request(t.http).get(`/api/calls/${call}/ranking`).set(bearer(lead))).body.rows as Array<Record<string, any>>;
    // Only panels with weight count: B and C have no citizen evaluation → unscored; A = its citizens' 3.
    expect(rows.map((r) => [r.reference, r.overall])).toEqual([['A', 3], ['B', null], ['C', null], ['D', null]]);
    await t.dataSource.query(`UPDATE calls SET jury_weight = 2 WHERE id = $1`, [call]);
  });

  it('is blind to evaluators and closed to the accompaniment staff (403); an unknown call is a 404', async () => {
    expect((await request(t.http).get(`/api/calls/${call}/ranking`).set(bearer(who.J1.token))).status).toBe(403);
    expect((await request(t.http).get('/api/calls/999999/ranking').set(bearer(lead))).status).toBe(404);
  });
});
