import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { assign, seedApplication, seedCall, seedEvaluator, seedSeason } from '../../../test/selection-fixtures.js';
import { bearer, createAccount, login, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let lead: string;
let call: number;
const ev: Record<string, { id: number; token: string }> = {};

beforeAll(async () => {
  t = await startTestApp();
  await createAccount(t.dataSource, 'pilote.evaluations@test.aic', ['programme_lead']);
  lead = await login(t.http, 'pilote.evaluations@test.aic');
  call = await seedCall(t, await seedSeason(t, 'Saison évaluations'));
  for (const [key, panel] of [['juryA', 'jury'], ['juryB', 'jury'], ['juryC', 'jury'], ['citizenA', 'citizen'], ['citizenB', 'citizen'], ['citizenC', 'citizen']] as const) {
    ev[key] = await seedEvaluator(t, `${key.toLowerCase()}@test.aic`, panel);
  }
});
afterAll(() => t.close());

const as = (token: string) => ({
  get: (path: string) => request(t.http).get(path).set(bearer(token)),
  post: (path: string, body: object) => request(t.http).post(path).set(bearer(token)).send(body),
  put: (path: string, body: object) => request(t.http).put(path).set(bearer(token)).send(body),
});
const SCORES = { generalInterest: 4, impact: 3, maturity: 2, carrier: 5, sharedGovernance: 1 };

describe('blind evaluation', () => {
  let app: number;
  let aEvaluation: number;
  beforeAll(async () => {
    app = await seedApplication(t, call, { reference: 'BL-1', status: 'shortlisted' });
    await assign(t, app, ev.juryA.id, 'jury');
    await assign(t, app, ev.juryB.id, 'jury');
  });

  it('an evaluator scores an assigned application: draft, then submitted with the five scores (400 before), then final (409)', async () => {
    const draft = await as(ev.juryA.token).post('/api/evaluations', { applicationId: app, impact: 3, comment: 'À compléter' });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ evaluatorId: ev.juryA.id, panel: 'jury', status: 'draft', impact: 3, generalInterest: null, submittedAt: null });
    aEvaluation = draft.body.id;
    const early = await as(ev.juryA.token).put(`/api/evaluations/${aEvaluation}`, { status: 'submitted', version: draft.body.version });
    expect([early.status, Object.keys(early.body.errors).sort()]).toEqual([400, ['carrier', 'generalInterest', 'maturity', 'sharedGovernance']]);
    const outOfRange = await as(ev.juryA.token).put(`/api/evaluations/${aEvaluation}`, { maturity: 6, version: draft.body.version });
    expect([outOfRange.status, Object.keys(outOfRange.body.errors)]).toEqual([400, ['maturity']]);
    const submitted = await as(ev.juryA.token).put(`/api/evaluations/${aEvaluation}`, { ...SCORES, status: 'submitted', version: draft.body.version });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ ...SCORES, status: 'submitted' });
    expect(submitted.body.submittedAt).not.toBeNull();
    const again = await as(ev.juryA.token).put(`/api/evaluations/${aEvaluation}`, { impact: 0, version: submitted.body.version });
    expect(again.status).toBe(409);
  });

  it("another evaluator of the same application never sees those scores: not listed, not filtered, 404 by id", async () => {
    const own = await as(ev.juryB.token).post('/api/evaluations', { applicationId: app, ...SCORES, impact: 1, status: 'submitted' });
    expect(own.status).toBe(201);
    const list = await as(ev.juryB.token).get(`/api/evaluations?filter=${encodeURIComponent(JSON.stringify({ applicationId: app }))}`);
    expect([list.body.map((e: { id: number }) => e.id), list.headers['content-range']]).toEqual([[own.body.id], 'evaluations 0-0/1']);
    const filtered = await as(ev.juryB.token).get(`/api/evaluations?filter=${encodeURIComponent(JSON.stringify({ evaluatorId: ev.juryA.id }))}`);
    expect(filtered.body).toEqual([]);
    expect((await as(ev.juryB.token).get(`/api/evaluations/${aEvaluation}`)).status).toBe(404);
    expect((await as(ev.juryB.token).put(`/api/evaluations/${aEvaluation}`, { impact: 0, version: 1 })).status).toBe(404);
    // The lead reads both.
    const all = await as(lead).get(`/api/evaluations?filter=${encodeURIComponent(JSON.stringify({ applicationId: app }))}`);
    expect(all.body.map((e: { evaluatorId: number }) => e.evaluatorId).sort()).toEqual([ev.juryA.id, ev.juryB.id].sort());
  });

  it('an evaluator cannot score an application not assigned to them (404), nor twice (409), nor once no longer shortlisted (409)', async () => {
    const other = await seedApplication(t, call, { reference: 'BL-2', status: 'shortlisted' });
    expect((await as(ev.juryA.token).post('/api/evaluations', { applicationId: other, impact: 2 })).status).toBe(404);
    expect((await as(ev.juryA.token).get(`/api/applications/${other}`)).status).toBe(404);
    expect((await as(ev.juryA.token).post('/api/evaluations', { applicationId: app, impact: 2 })).status).toBe(409);
    const decided = await seedApplication(t, call, { reference: 'BL-3', status: 'selected' });
    await assign(t, decided, ev.juryA.id, 'jury');
    expect((await as(ev.juryA.token).post('/api/evaluations', { applicationId: decided, impact: 2 })).status).toBe(409);
  });
});

describe('conflict of interest', () => {
  it('blanks the scores (the evaluator keeps none on that application) and may be submitted without any', async () => {
    const app = await seedApplication(t, call, { reference: 'CI-1', status: 'shortlisted' });
    await assign(t, app, ev.citizenA.id, 'citizen');
    const res = await as(ev.citizenA.token).post('/api/evaluations', { applicationId: app, ...SCORES, conflictOfInterest: true, status: 'submitted', comment: 'Je connais le porteur' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ conflictOfInterest: true, status: 'submitted', generalInterest: null, impact: null, maturity: null, carrier: null, sharedGovernance: null });
    const [stored] = await t.dataSource.query(`SELECT impact, conflict_of_interest FROM evaluations WHERE id = $1`, [res.body.id]);
    expect(stored).toEqual({ impact: null, conflict_of_interest: true });
  });
});

describe('evaluator assignments', () => {
  it('one by one: a shortlisted application, an active evaluator, once (400, 400, 409); an evaluator lists their own', async () => {
    const app = await seedApplication(t, call, { reference: 'AS-1', status: 'shortlisted' });
    const eligible = await seedApplication(t, call, { reference: 'AS-2', status: 'eligible' });
    const created = await as(lead).post('/api/evaluator-assignments', { applicationId: app, evaluatorId: ev.citizenB.id });
    expect([created.status, created.body.panel]).toEqual([201, 'citizen']);
    expect((await as(lead).post('/api/evaluator-assignments', { applicationId: app, evaluatorId: ev.citizenB.id })).status).toBe(409);
    const notShortlisted = await as(lead).post('/api/evaluator-assignments', { applicationId: eligible, evaluatorId: ev.citizenB.id });
    expect([notShortlisted.status, Object.keys(notShortlisted.body.errors)]).toEqual([400, ['applicationId']]);
    const [{ id: leadId }] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'pilote.evaluations@test.aic'`);
    const notEvaluator = await as(lead).post('/api/evaluator-assignments', { applicationId: app, evaluatorId: leadId });
    expect([notEvaluator.status, Object.keys(notEvaluator.body.errors)]).toEqual([400, ['evaluatorId']]);
    const mine = await as(ev.citizenB.token).get('/api/evaluator-assignments');
    expect(mine.body.map((a: { evaluatorId: number }) => a.evaluatorId)).toEqual([ev.citizenB.id]);
  });

  it('in bulk: each shortlisted application of the call gets N jury members and M citizens, balanced, deterministic, idempotent', async () => {
    const bulkCall = await seedCall(t, await seedSeason(t, 'Saison répartition'));
    const apps: number[] = [];
    for (let i = 1; i <= 5; i++) apps.push(await seedApplication(t, bulkCall, { reference: `RP-${i}`, status: 'shortlisted' }));
    await seedApplication(t, bulkCall, { reference: 'RP-X', status: 'eligible' }); // not shortlisted: left alone
    // One assignment already there counts toward its application's jury.
    await assign(t, apps[0], ev.juryC.id, 'jury');
    const bulk = () => as(lead).post('/api/evaluator-assignments/bulk', { callId: bulkCall, juryCount: 2, citizenCount: 1 });
    const first = await bulk();
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ applications: 5, created: 14, shortfall: [] });
    const rows: Array<{ application_id: number; evaluator_id: number; panel: string }> = await t.dataSource.query(
      `SELECT ea.application_id, ea.evaluator_id, ea.panel FROM evaluator_assignments ea JOIN applications a ON a.id = ea.application_id WHERE a.call_id = $1 ORDER BY ea.id`,
      [bulkCall],
    );
    for (const app of apps) {
      const mine = rows.filter((r) => r.application_id === app);
      expect([app, mine.filter((r) => r.panel === 'jury').length, mine.filter((r) => r.panel === 'citizen').length, new Set(mine.map((r) => r.evaluator_id)).size]).toEqual([app, 2, 1, 3]);
    }
    const load = (id: number) => rows.filter((r) => r.evaluator_id === id).length;
    // 10 jury places over 3 jurors, 5 citizen places over 3 citizens: nobody more than one above another.
    expect([load(ev.juryA.id), load(ev.juryB.id), load(ev.juryC.id)].sort()).toEqual([3, 3, 4]);
    expect([load(ev.citizenA.id), load(ev.citizenB.id), load(ev.citizenC.id)].sort()).toEqual([1, 2, 2]);
    // Deterministic: the first application got juryC (already there) and the least-loaded juror with the lowest id.
    expect(rows.filter((r) => r.application_id === apps[0] && r.panel === 'jury').map((r) => r.evaluator_id)).toEqual([ev.juryC.id, ev.juryA.id]);
    expect((await bulk()).body).toEqual({ applications: 5, created: 0, shortfall: [] });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM evaluator_assignments ea JOIN applications a ON a.id = ea.application_id WHERE a.call_id = $1`, [bulkCall]);
    expect(n).toBe(15);
    const tooMany = await as(lead).post('/api/evaluator-assignments/bulk', { callId: bulkCall, juryCount: 4, citizenCount: 1 });
    expect(tooMany.body.shortfall).toEqual(apps.map((applicationId) => ({ applicationId, panel: 'jury', missing: 1 })));
  });
});

describe('evaluators in the staff directory', () => {
  it('a lead finds them there with their panel, to assign them; the accompaniment staff do not see them', async () => {
    const filter = encodeURIComponent(JSON.stringify({ role: 'evaluator' }));
    const forLead = await as(lead).get(`/api/staff-members?filter=${filter}&range=[0,99]`);
    expect(forLead.body.map((u: { email: string; panel: string }) => [u.email, u.panel]).sort()).toEqual([
      ['citizena@test.aic', 'citizen'], ['citizenb@test.aic', 'citizen'], ['citizenc@test.aic', 'citizen'],
      ['jurya@test.aic', 'jury'], ['juryb@test.aic', 'jury'], ['juryc@test.aic', 'jury'],
    ]);
    await createAccount(t.dataSource, 'charge.evaluations@test.aic', ['acceleration_manager']);
    const manager = await login(t.http, 'charge.evaluations@test.aic');
    expect((await as(manager).get(`/api/staff-members?filter=${filter}`)).body).toEqual([]);
    expect((await as(manager).get(`/api/staff-members/${ev.juryA.id}`)).status).toBe(404);
    expect((await as(manager).get('/api/staff-members')).body.map((u: { email: string }) => u.email).sort()).toEqual(['charge.evaluations@test.aic', 'pilote.evaluations@test.aic']);
  });
});
