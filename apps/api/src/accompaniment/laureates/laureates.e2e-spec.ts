import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let p: Programme;
beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'laureates');
});
afterAll(() => t.close());

const list = (filter: object, sort = ['name', 'ASC']) =>
  request(t.http).get('/api/laureates').query({ filter: JSON.stringify(filter), sort: JSON.stringify(sort) }).set(bearer(p.tokens.lead));
const names = (res: request.Response) => res.body.map((l: { name: string }) => l.name);

describe('GET /api/laureates', () => {
  it('searches name, tagline and carrier name without accents', async () => {
    expect(names(await list({ q: 'vikidia' }))).toEqual(['Vikidia']);
    expect(names(await list({ q: 'donnees meteo' }))).toEqual(['Infoclimat']);
    expect(names(await list({ q: 'METEO LIBRE' }))).toEqual(['Infoclimat']);
  });

  it('filters by season, phase, track, manager, health and renewal', async () => {
    expect(names(await list({ seasonId: p.seasonId }))).toEqual(['Infoclimat', 'Vikidia']);
    expect(names(await list({ accelerationManagerId: p.users.manager }))).toEqual(['Infoclimat']);
    expect(names(await list({ phase: 'phase1', track: 'dinum', health: 'on_track' }))).toEqual(['Infoclimat', 'Vikidia']);
    expect(names(await list({ renewed: true }))).toEqual([]);
    expect(names(await list({ renewed: false }, ['name', 'DESC']))).toEqual(['Vikidia', 'Infoclimat']);
  });
});

describe('POST /api/laureates', () => {
  it('validates fields, the manager role and phase consistency', async () => {
    const bad = await request(t.http).post('/api/laureates').set(bearer(p.tokens.lead)).send({ seasonId: p.seasonId, name: '', track: 'other', themes: 'climat' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['name', 'themes', 'track']);
    const notManager = await request(t.http).post('/api/laureates').set(bearer(p.tokens.lead)).send({ seasonId: p.seasonId, name: 'Ma Dada', track: 'dinum', accelerationManagerId: p.users.referent });
    expect(notManager.status).toBe(400);
    expect(notManager.body.errors).toHaveProperty('accelerationManagerId');
    const phase = await request(t.http).post('/api/laureates').set(bearer(p.tokens.lead)).send({ seasonId: p.seasonId, name: 'Ma Dada', track: 'dinum', phase: 'phase1', phase2StartedOn: '2026-09-01' });
    expect(phase.status).toBe(400);
    expect(phase.body.errors).toHaveProperty('phase2StartedOn');
    const season = await request(t.http).post('/api/laureates').set(bearer(p.tokens.lead)).send({ seasonId: 999999, name: 'Ma Dada', track: 'dinum' });
    expect(season.status).toBe(409);
    expect(season.body.errors).toHaveProperty('seasonId');
  });

  it('refuses a second laureate of the same name in a season (409)', async () => {
    const res = await request(t.http).post('/api/laureates').set(bearer(p.tokens.lead)).send({ seasonId: p.seasonId, name: 'INFOCLIMAT', track: 'ditp' });
    expect(res.status).toBe(409);
  });
});

describe('PUT /api/laureates/:id', () => {
  it('renews a laureate for Phase 2, then refuses a stale version', async () => {
    const current = (await request(t.http).get(`/api/laureates/${p.laureates.own}`).set(bearer(p.tokens.lead))).body;
    const renewed = await request(t.http).put(`/api/laureates/${current.id}`).set(bearer(p.tokens.lead)).send({ ...current, phase: 'phase2', phase2StartedOn: '2026-09-01', themes: ['climat', ' ', 'données'] });
    expect(renewed.status).toBe(200);
    expect(renewed.body).toMatchObject({ phase: 'phase2', phase2StartedOn: '2026-09-01', themes: ['climat', 'données'], version: current.version + 1 });
    expect(names(await list({ renewed: true }))).toEqual(['Infoclimat']);
    const stale = await request(t.http).put(`/api/laureates/${current.id}`).set(bearer(p.tokens.lead)).send({ ...current, health: 'blocked' });
    expect(stale.status).toBe(409);
    expect((await request(t.http).get(`/api/laureates/${current.id}`).set(bearer(p.tokens.lead))).body.health).toBe('on_track');
  });

  it('refuses to delete a laureate that has history (409)', async () => {
    await request(t.http).post('/api/actions').set(bearer(p.tokens.lead)).send({ laureateId: p.laureates.other, axis: 'deploy', supportType: 'networking', title: 'Rencontre' });
    const res = await request(t.http).delete(`/api/laureates/${p.laureates.other}`).set(bearer(p.tokens.lead));
    expect(res.status).toBe(409);
  });
});

describe('archiving a laureate with a history', () => {
  const as = (token: string) => ({
    get: (path: string) => request(t.http).get(path).set(bearer(token)),
    post: (path: string, body: object) => request(t.http).post(path).set(bearer(token)).send(body),
  });

  it('says what hangs off a laureate, by kind, and whether it may be deleted', async () => {
    const bare = await as(p.tokens.lead).post('/api/laureates', { seasonId: p.seasonId, name: `Sans historique ${Date.now()}`, track: 'dinum' });
    expect((await as(p.tokens.lead).get(`/api/laureates/${bare.body.id}/history`)).body).toEqual({ records: {}, deletable: true });
    await as(p.tokens.lead).post('/api/actions', { laureateId: bare.body.id, axis: 'deploy', supportType: 'networking', title: 'Rencontre' });
    await as(p.tokens.lead).post('/api/actions', { laureateId: bare.body.id, axis: 'consolidate', supportType: 'technical', title: 'Atelier' });
    await as(p.tokens.lead).post('/api/interactions', { laureateId: bare.body.id, kind: 'call', occurredAt: '2026-03-02T09:15:00Z', title: 'Appel' });
    expect((await as(p.tokens.lead).get(`/api/laureates/${bare.body.id}/history`)).body).toEqual({ records: { actions: 2, interactions: 1 }, deletable: false });
  });

  it('archives: out of the default lists, read-only, its open actions cancelled; then restores it', async () => {
    const created = await as(p.tokens.lead).post('/api/laureates', { seasonId: p.seasonId, name: `À archiver ${Date.now()}`, track: 'ditp' });
    const id = created.body.id as number;
    const open = await as(p.tokens.lead).post('/api/actions', { laureateId: id, axis: 'deploy', supportType: 'networking', title: 'Ouverte', dueOn: '2020-01-01' });
    const done = await as(p.tokens.lead).post('/api/actions', { laureateId: id, axis: 'deploy', supportType: 'networking', title: 'Faite', status: 'done' });

    expect((await as(p.tokens.manager).post(`/api/laureates/${id}/archive`, { version: created.body.version })).status).toBe(403);
    expect((await as(p.tokens.lead).post(`/api/laureates/${id}/archive`, { version: created.body.version + 7 })).status).toBe(409);
    expect((await as(p.tokens.lead).post(`/api/laureates/${id}/archive`, {})).status).toBe(400);
    const archived = await as(p.tokens.lead).post(`/api/laureates/${id}/archive`, { version: created.body.version });
    expect(archived.status).toBe(200);
    expect(Date.parse(archived.body.archivedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect((await as(p.tokens.lead).post(`/api/laureates/${id}/archive`, { version: archived.body.version })).status).toBe(409);

    const ids = (res: request.Response) => res.body.map((l: { id: number }) => l.id);
    expect(ids(await list({ archived: false }))).not.toContain(id);
    expect(ids(await list({ seasonId: p.seasonId }))).not.toContain(id); // out of the everyday lists by default
    expect(ids(await list({ archived: true }))).toEqual([id]);
    expect(ids(await list({ id: [id] }))).toEqual([id]); // references still resolve
    const edit = await request(t.http).put(`/api/laureates/${id}`).set(bearer(p.tokens.lead)).send({ version: archived.body.version, tagline: 'Nouvelle accroche' });
    expect(edit.status).toBe(409);
    expect(edit.body.message).toMatch(/archivé|archived/);

    const actions = async () => (await as(p.tokens.lead).get(`/api/actions?filter=${encodeURIComponent(JSON.stringify({ laureateId: id }))}`)).body as Array<{ id: number; status: string; outcome: string | null }>;
    const byId = new Map((await actions()).map((a) => [a.id, a]));
    expect(byId.get(open.body.id)).toMatchObject({ status: 'cancelled', outcome: expect.stringMatching(/lauréat archivé/) });
    expect(byId.get(done.body.id)?.status).toBe('done');
    const trail = (await as(p.tokens.lead).get(`/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ resource: 'laureates', recordId: id }))}`)).body as Array<{ action: string; changes: Record<string, unknown> }>;
    expect(trail.some((e) => e.action === 'update' && Object.hasOwn(e.changes, 'archivedAt'))).toBe(true);

    const restored = await as(p.tokens.lead).post(`/api/laureates/${id}/restore`, { version: archived.body.version });
    expect(restored.status).toBe(200);
    expect(restored.body.archivedAt).toBeNull();
    expect((await as(p.tokens.lead).post(`/api/laureates/${id}/restore`, { version: restored.body.version })).status).toBe(409);
    expect(ids(await list({ archived: false }))).toContain(id);
  });
});
