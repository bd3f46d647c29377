import type { Role } from '@aic/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { bearer, createAccount, login, startTestApp, type TestApp } from './test-app.js';

/**
 * Who may do what on every laureate-bound route (issue: accompaniment core), as a table:
 * each role × each route × a record of "own" laureate (L1: managed by the manager, assigned to the referent)
 * or "other" laureate (L2: another manager's, not assigned to the referent).
 */
type Actor = 'admin' | 'lead' | 'manager' | 'referent';
type Target = 'own' | 'other';

let t: TestApp;
const tokens = {} as Record<Actor, string>;
const laureates = {} as Record<Target, number>;
const referentPool: number[] = [];
let counter = 0;

interface ResourceCase {
  name: string;
  create: (laureateId: number) => Record<string, unknown>;
  update: Record<string, unknown>;
  /** Whether an acceleration manager writes it for their own laureates (referent assignments: leads only). */
  managerWrites: boolean;
}

const resources: ResourceCase[] = [
  { name: 'actions', create: (laureateId) => ({ laureateId, axis: 'consolidate', supportType: 'technical', title: `Action ${++counter}` }), update: { status: 'in_progress' }, managerWrites: true },
  { name: 'interactions', create: (laureateId) => ({ laureateId, kind: 'call', occurredAt: '2026-01-10T10:00:00Z', title: `Appel ${++counter}` }), update: { summary: 'Compte rendu' }, managerWrites: true },
  { name: 'objectives', create: (laureateId) => ({ laureateId, axis: 'deploy', title: `Objectif ${++counter}` }), update: { status: 'achieved' }, managerWrites: true },
  { name: 'partnerships', create: (laureateId) => ({ laureateId, organisationId: 1000 + ++counter, purpose: 'expertise', status: 'identified' }), update: { status: 'introduced' }, managerWrites: true },
  { name: 'diagnostics', create: (laureateId) => ({ laureateId, seasonId: 100 + ++counter, heldOn: '2026-01-05' }), update: { strengths: 'Équipe soudée' }, managerWrites: true },
  { name: 'contacts', create: (laureateId) => ({ firstName: 'Camille', lastName: `Fictive${++counter}`, laureates: [{ laureateId, role: 'Trésorière' }] }), update: { jobTitle: 'Trésorière' }, managerWrites: true },
  { name: 'referent-assignments', create: (laureateId) => ({ laureateId, userId: referentPool[++counter % referentPool.length], kind: 'ministerial' }), update: { since: '2026-02-01' }, managerWrites: false },
];

async function seedRecord(resource: ResourceCase, target: Target): Promise<{ id: number; version: number }> {
  const res = await request(t.http).post(`/api/${resource.name}`).set(bearer(tokens.lead)).send(resource.create(laureates[target]));
  if (res.status !== 201) throw new Error(`seeding ${resource.name}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

beforeAll(async () => {
  t = await startTestApp();
  const roles: Record<Actor, Role> = { admin: 'admin', lead: 'programme_lead', manager: 'acceleration_manager', referent: 'referent' };
  const ids = {} as Record<Actor, number>;
  for (const [actor, role] of Object.entries(roles) as Array<[Actor, Role]>) {
    ids[actor] = await createAccount(t.dataSource, `${actor}@access.test`, [role]);
    tokens[actor] = await login(t.http, `${actor}@access.test`);
  }
  const otherManager = await createAccount(t.dataSource, 'other.manager@access.test', ['acceleration_manager']);
  // Enough distinct seasons, organisations and referents for records under unique constraints.
  await t.dataSource.query(`INSERT INTO seasons (id, name, year) OVERRIDING SYSTEM VALUE SELECT 100 + i, 'Saison ' || i, 2026 FROM generate_series(1, 400) i`);
  await t.dataSource.query(`INSERT INTO organisations (id, name, kind) OVERRIDING SYSTEM VALUE SELECT 1000 + i, 'Organisation ' || i, 'ministry' FROM generate_series(1, 400) i`);
  const pool = await t.dataSource.query(`INSERT INTO users (email, full_name, password_hash, roles) SELECT 'ref' || i || '@access.test', 'Référent ' || i, 'x', '{referent}' FROM generate_series(1, 400) i RETURNING id`);
  referentPool.push(...pool.map((r: { id: number }) => r.id));
  for (const [target, manager] of [['own', ids.manager], ['other', otherManager]] as const) {
    const res = await request(t.http).post('/api/laureates').set(bearer(tokens.lead)).send({ seasonId: 101, name: `Lauréat ${target}`, track: 'dinum', accelerationManagerId: manager });
    laureates[target] = res.body.id;
  }
  await request(t.http).post('/api/referent-assignments').set(bearer(tokens.lead)).send({ laureateId: laureates.own, userId: ids.referent, kind: 'interministerial' });
});
afterAll(() => t.close());

// Expected status per actor and target; referents never write, managers only on their own laureates.
const readOne: Record<Actor, Record<Target, number>> = {
  admin: { own: 200, other: 200 },
  lead: { own: 200, other: 200 },
  manager: { own: 200, other: 200 },
  referent: { own: 200, other: 404 },
};
const write = (managerWrites: boolean): Record<Actor, Record<Target, number[]>> => ({
  admin: { own: [200, 201], other: [200, 201] },
  lead: { own: [200, 201], other: [200, 201] },
  manager: managerWrites ? { own: [200, 201], other: [403] } : { own: [403], other: [403] },
  referent: { own: [403], other: [403] },
});
const actors: Actor[] = ['admin', 'lead', 'manager', 'referent'];
const targets: Target[] = ['own', 'other'];

describe.each(resources)('access to /api/$name', (resource) => {
  const cases = actors.flatMap((actor) => targets.map((target) => [actor, target] as const));

  it.each(cases)('GET one as %s on %s laureate', async (actor, target) => {
    const record = await seedRecord(resource, target);
    const res = await request(t.http).get(`/api/${resource.name}/${record.id}`).set(bearer(tokens[actor]));
    expect(res.status).toBe(readOne[actor][target]);
  });

  it.each(actors)('GET list as %s: only readable records, in rows and in the total', async (actor) => {
    await seedRecord(resource, 'own');
    await seedRecord(resource, 'other');
    const res = await request(t.http).get(`/api/${resource.name}`).query({ range: '[0,999]' }).set(bearer(tokens[actor]));
    expect(res.status).toBe(200);
    const total = Number(res.headers['content-range'].split('/')[1]);
    expect(total).toBe(res.body.length);
    const visibleLaureates = new Set(
      res.body.flatMap((r: { laureateId?: number; laureates?: Array<{ laureateId: number }> }) => (r.laureates ? r.laureates.map((m) => m.laureateId) : [r.laureateId])),
    );
    expect(visibleLaureates.has(laureates.own)).toBe(true);
    expect(visibleLaureates.has(laureates.other)).toBe(actor !== 'referent');
  });

  it.each(cases)('POST as %s for %s laureate', async (actor, target) => {
    const res = await request(t.http).post(`/api/${resource.name}`).set(bearer(tokens[actor])).send(resource.create(laureates[target]));
    expect(write(resource.managerWrites)[actor][target]).toContain(res.status);
  });

  it.each(cases)('PUT as %s on %s laureate, and nothing changes when refused', async (actor, target) => {
    const record = await seedRecord(resource, target);
    const res = await request(t.http).put(`/api/${resource.name}/${record.id}`).set(bearer(tokens[actor])).send({ ...resource.update, version: record.version });
    expect(write(resource.managerWrites)[actor][target]).toContain(res.status);
    const after = await request(t.http).get(`/api/${resource.name}/${record.id}`).set(bearer(tokens.lead));
    expect(after.body.version).toBe(res.status === 200 ? record.version + 1 : record.version);
  });

  it.each(cases)('DELETE as %s on %s laureate', async (actor, target) => {
    const record = await seedRecord(resource, target);
    const res = await request(t.http).delete(`/api/${resource.name}/${record.id}`).set(bearer(tokens[actor]));
    expect(write(resource.managerWrites)[actor][target]).toContain(res.status);
    const after = await request(t.http).get(`/api/${resource.name}/${record.id}`).set(bearer(tokens.lead));
    expect(after.status).toBe(res.status === 200 ? 404 : 200);
  });
});

describe('access to /api/laureates', () => {
  it.each(actors.flatMap((actor) => targets.map((target) => [actor, target] as const)))('GET one as %s on %s laureate', async (actor, target) => {
    const res = await request(t.http).get(`/api/laureates/${laureates[target]}`).set(bearer(tokens[actor]));
    expect(res.status).toBe(readOne[actor][target]);
  });

  it('lists and counts only assigned laureates for a referent', async () => {
    const res = await request(t.http).get('/api/laureates').set(bearer(tokens.referent));
    expect(res.body.map((l: { id: number }) => l.id)).toEqual([laureates.own]);
    expect(res.headers['content-range']).toBe('laureates 0-0/1');
    const byId = await request(t.http).get('/api/laureates').query({ filter: JSON.stringify({ id: [laureates.own, laureates.other] }) }).set(bearer(tokens.referent));
    expect(byId.body).toHaveLength(1);
  });

  it('only leads create laureates', async () => {
    for (const actor of ['manager', 'referent'] as const) {
      const res = await request(t.http).post('/api/laureates').set(bearer(tokens[actor])).send({ seasonId: 101, name: `Nouveau ${actor}`, track: 'ditp' });
      expect(res.status).toBe(403);
    }
  });

  it('a manager edits their own laureate, not another one, and not the programme fields', async () => {
    const own = (await request(t.http).get(`/api/laureates/${laureates.own}`).set(bearer(tokens.manager))).body;
    const ok = await request(t.http).put(`/api/laureates/${own.id}`).set(bearer(tokens.manager)).send({ ...own, health: 'at_risk', healthReason: 'Trésorerie tendue' });
    expect(ok.status).toBe(200);
    const other = (await request(t.http).get(`/api/laureates/${laureates.other}`).set(bearer(tokens.manager))).body;
    expect((await request(t.http).put(`/api/laureates/${other.id}`).set(bearer(tokens.manager)).send({ ...other, health: 'blocked' })).status).toBe(403);
    const phase = await request(t.http).put(`/api/laureates/${own.id}`).set(bearer(tokens.manager)).send({ ...ok.body, phase: 'stopped' });
    expect(phase.status).toBe(403);
    expect((await request(t.http).get(`/api/laureates/${own.id}`).set(bearer(tokens.lead))).body.phase).toBe('phase1');
    expect((await request(t.http).put(`/api/laureates/${own.id}`).set(bearer(tokens.referent)).send({ ...ok.body })).status).toBe(403);
    expect((await request(t.http).delete(`/api/laureates/${own.id}`).set(bearer(tokens.manager))).status).toBe(403);
  });
});
