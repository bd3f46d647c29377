import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme, type Programme } from './fixtures.js';
import { bearer, startTestApp, type TestApp } from './test-app.js';

/** Diagnostics, objectives, partnerships and referent assignments: the rules each adds to the shared CRUD. */
let t: TestApp;
let p: Programme;
beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'roadmap');
});
afterAll(() => t.close());

const post = (resource: string, body: object, token = p.tokens.lead) => request(t.http).post(`/api/${resource}`).set(bearer(token)).send(body);

describe('/api/diagnostics', () => {
  it("defaults to the laureate's season and allows one per laureate and season", async () => {
    const first = await post('diagnostics', { laureateId: p.laureates.own, heldOn: '2026-01-15', strengths: 'Communauté active', needsConsolidate: 'Gouvernance' }, p.tokens.manager);
    expect(first.status).toBe(201);
    expect(first.body.seasonId).toBe(p.seasonId);
    const second = await post('diagnostics', { laureateId: p.laureates.own }, p.tokens.manager);
    expect(second.status).toBe(409);
  });
});

describe('/api/objectives', () => {
  it("accepts only the laureate's own diagnostic, and filters by axis and status", async () => {
    const [diagnostic] = (await request(t.http).get('/api/diagnostics').query({ filter: JSON.stringify({ laureateId: p.laureates.own }) }).set(bearer(p.tokens.lead))).body;
    const foreign = await post('objectives', { laureateId: p.laureates.other, diagnosticId: diagnostic.id, axis: 'deploy', title: 'X' });
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toHaveProperty('diagnosticId');
    await post('objectives', { laureateId: p.laureates.own, diagnosticId: diagnostic.id, axis: 'consolidate', title: 'Gouvernance', status: 'achieved' });
    await post('objectives', { laureateId: p.laureates.own, diagnosticId: diagnostic.id, axis: 'deploy', title: 'Nouvelles stations' });
    const open = await request(t.http).get('/api/objectives').query({ filter: JSON.stringify({ laureateId: p.laureates.own, status: 'open' }) }).set(bearer(p.tokens.lead));
    expect(open.body.map((o: { title: string }) => o.title)).toEqual(['Nouvelles stations']);
  });
});

describe('/api/partnerships', () => {
  it('moves along the pipeline, filters by status, and refuses the same organisation twice for one purpose', async () => {
    const created = await post('partnerships', { laureateId: p.laureates.own, organisationId: p.organisations.ministry, purpose: 'deployment', since: '2026-04-14' }, p.tokens.manager);
    expect(created.body.status).toBe('identified');
    const moved = await request(t.http).put(`/api/partnerships/${created.body.id}`).set(bearer(p.tokens.manager)).send({ ...created.body, status: 'meeting_held' });
    expect(moved.body.status).toBe('meeting_held');
    const filtered = await request(t.http).get('/api/partnerships').query({ filter: JSON.stringify({ status: ['meeting_held', 'agreement'] }) }).set(bearer(p.tokens.lead));
    expect(filtered.body).toHaveLength(1);
    const twice = await post('partnerships', { laureateId: p.laureates.own, organisationId: p.organisations.ministry, purpose: 'deployment' });
    expect(twice.status).toBe(409);
    const bad = await post('partnerships', { laureateId: p.laureates.own, organisationId: p.organisations.ministry, purpose: 'lobbying', status: 'married' });
    expect(Object.keys(bad.body.errors).sort()).toEqual(['purpose', 'status']);
  });
});

describe('/api/referent-assignments', () => {
  it('one interministerial referent per laureate, who must have the referent role; the referent then sees the laureate', async () => {
    expect((await request(t.http).get(`/api/laureates/${p.laureates.own}`).set(bearer(p.tokens.referent))).status).toBe(404);
    const notReferent = await post('referent-assignments', { laureateId: p.laureates.own, userId: p.users.manager, kind: 'ministerial' });
    expect(notReferent.status).toBe(400);
    expect(notReferent.body.errors).toHaveProperty('userId');
    expect((await post('referent-assignments', { laureateId: p.laureates.own, userId: p.users.referent, kind: 'interministerial', organisationId: p.organisations.ministry })).status).toBe(201);
    expect((await request(t.http).get(`/api/laureates/${p.laureates.own}`).set(bearer(p.tokens.referent))).status).toBe(200);
    const other = await t.dataSource.query(`INSERT INTO users (email, full_name, password_hash, roles) VALUES ('ref2@test.aic', 'Réf 2', 'x', '{referent}') RETURNING id`);
    const second = await post('referent-assignments', { laureateId: p.laureates.own, userId: other[0].id, kind: 'interministerial' });
    expect(second.status).toBe(409);
    expect((await post('referent-assignments', { laureateId: p.laureates.own, userId: other[0].id, kind: 'ministerial' })).status).toBe(201);
  });
});

describe('GET /api/staff-members', () => {
  it('lists active staff by role for everyone, without account details', async () => {
    const res = await request(t.http).get('/api/staff-members').query({ filter: JSON.stringify({ role: 'acceleration_manager' }) }).set(bearer(p.tokens.referent));
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    expect(Object.keys(res.body[0]).sort()).toEqual(['active', 'email', 'fullName', 'id', 'panel', 'roles']);
  });
});
