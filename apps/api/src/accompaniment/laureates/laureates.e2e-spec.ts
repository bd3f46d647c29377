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
