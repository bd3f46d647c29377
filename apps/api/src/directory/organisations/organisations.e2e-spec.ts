import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { accountsByRole, bearer, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let lead: string;
let referent: string;
let manager: string;

beforeAll(async () => {
  t = await startTestApp({ corsOrigins: ['https://other-tool.example'] });
  const { tokens } = await accountsByRole(t, 'orgs');
  lead = tokens.programme_lead;
  referent = tokens.referent;
  manager = tokens.acceleration_manager;
  const rows: Array<[string, string, string | null]> = [
    ['Météo-France', 'public_agency', null],
    ['Ministère de la Culture', 'ministry', 'MC'],
    ["Service interministériel des Archives de France", 'directorate', 'SIAF'],
    ['Département du Gard', 'local_authority', null],
    ['Centre national d’études spatiales', 'public_institution', 'CNES'],
  ];
  for (let i = 1; i <= 25; i++) rows.push([`Association numéro ${String(i).padStart(2, '0')}`, 'association', null]);
  for (const [name, kind, acronym] of rows) {
    await t.dataSource.query(`INSERT INTO organisations (name, kind, acronym) VALUES ($1, $2, $3)`, [name, kind, acronym]);
  }
});
afterAll(() => t.close());

const list = (query: Record<string, unknown>, token = lead) =>
  request(t.http)
    .get('/api/organisations')
    .query(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])))
    .set(bearer(token));

describe('GET /api/organisations (list protocol)', () => {
  it('pages, sorts and answers Content-Range', async () => {
    const res = await list({ sort: ['name', 'DESC'], range: [0, 9] });
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toBe('organisations 0-9/30');
    expect(res.body).toHaveLength(10);
    const names = res.body.map((o: { name: string }) => o.name);
    expect(names[0]).toBe('Service interministériel des Archives de France');
    const next = await list({ sort: ['name', 'DESC'], range: [10, 19] });
    expect(next.headers['content-range']).toBe('organisations 10-19/30');
    expect(next.body.map((o: { name: string }) => o.name)).not.toContain(names[9]);
  });

  it('filters by enum, by an array of ids, and answers an empty page with its total', async () => {
    const ministries = await list({ filter: { kind: 'ministry' } });
    expect(ministries.body.map((o: { name: string }) => o.name)).toEqual(['Ministère de la Culture']);
    const ids = ministries.body.map((o: { id: number }) => o.id);
    const many = await list({ filter: { id: [...ids, 999999] } });
    expect(many.body).toHaveLength(1);
    const beyond = await list({ range: [100, 124] });
    expect(beyond.body).toEqual([]);
    expect(beyond.headers['content-range']).toBe('organisations */30');
  });

  it('searches q without accents or case, on name and acronym, every word', async () => {
    expect((await list({ filter: { q: 'METEO' } })).body.map((o: { name: string }) => o.name)).toEqual(['Météo-France']);
    expect((await list({ filter: { q: 'siaf' } })).body).toHaveLength(1);
    expect((await list({ filter: { q: 'etudes spatiales' } })).body).toHaveLength(1);
    expect((await list({ filter: { q: 'numero 1' } })).headers['content-range']).toBe('organisations 0-11/12'); // 01, 10–19, 21
    expect((await list({ filter: { q: '100%_' } })).body).toEqual([]);
  });

  it('pages a search in the requested order, and past its last match answers an empty page', async () => {
    const page = await list({ filter: { q: 'numero 1' }, sort: ['name', 'DESC'], range: [2, 4] });
    expect(page.body.map((o: { name: string }) => o.name)).toEqual(['Association numéro 18', 'Association numéro 17', 'Association numéro 16']);
    expect(page.headers['content-range']).toBe('organisations 2-4/12');
    expect(page.headers['x-total-capped']).toBeUndefined();
    const beyond = await list({ filter: { q: 'numero 1' }, range: [12, 20] });
    expect(beyond.body).toEqual([]);
    expect(beyond.headers['content-range']).toBe('organisations */12');
  });

  it('stops counting a search at 1 000 matches and says so (X-Total-Capped, exposed to CORS)', async () => {
    await t.dataSource.query(`INSERT INTO organisations (name, kind) SELECT 'Collectif capé ' || n, 'association' FROM generate_series(1, 1005) n`);
    try {
      const res = await list({ filter: { q: 'collectif cape' }, sort: ['name', 'ASC'], range: [0, 4] }).set('Origin', 'https://other-tool.example');
      expect(res.headers['content-range']).toBe('organisations 0-4/1000');
      expect(res.headers['x-total-capped']).toBe('true');
      expect(res.headers['access-control-expose-headers']).toContain('X-Total-Capped');
      // Sorted over every match, not over the counted ones.
      expect(res.body.map((o: { name: string }) => o.name)).toEqual(['Collectif capé 1', 'Collectif capé 10', 'Collectif capé 100', 'Collectif capé 1000', 'Collectif capé 1001']);
      expect((await list({ filter: { q: 'collectif cape' }, range: [1000, 1009] })).body).toEqual([]);
      // Without a search (or a blank one), totals stay exact.
      expect((await list({ range: [0, 0] })).headers['content-range']).toBe('organisations 0-0/1035');
      expect((await list({ filter: { q: '  ' }, range: [0, 0] })).headers['content-range']).toBe('organisations 0-0/1035');
    } finally {
      await t.dataSource.query(`DELETE FROM organisations WHERE name LIKE 'Collectif capé %'`);
    }
  });

  it.each([
    [{ sort: ['password', 'ASC'] }, 'sort'],
    [{ sort: ['name', 'SIDEWAYS'] }, 'sort'],
    [{ sort: '["name"' }, 'sort'],
    [{ range: [-1, 5] }, 'range'],
    [{ range: [5, 2] }, 'range'],
    [{ range: [0, 5000] }, 'range'],
    [{ filter: { colour: 'blue' } }, 'filter'],
    [{ filter: { kind: 'spaceship' } }, 'filter.kind'],
    [{ filter: { id: ['x'] } }, 'filter.id'],
    [{ filter: '[1,2]' }, 'filter'],
  ])('answers 400 for %j', async (query, field) => {
    const res = await list(query as Record<string, unknown>);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty([field]);
    expect(typeof res.body.message).toBe('string');
  });

  it('exposes Content-Range to the allowed CORS origins only', async () => {
    const res = await list({}).set('Origin', 'https://other-tool.example');
    expect(res.headers['access-control-expose-headers']).toMatch(/Content-Range/);
    const other = await list({}).set('Origin', 'https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('writes on /api/organisations', () => {
  it('creates, reads, updates with the version, refuses a stale version, and audits each change', async () => {
    const created = await request(t.http).post('/api/organisations').set(bearer(manager)).send({ name: 'Parc national des Calanques', kind: 'public_institution', territory: 'Bouches-du-Rhône' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Parc national des Calanques', version: 1, parentId: null });
    const id = created.body.id;
    expect((await request(t.http).get(`/api/organisations/${id}`).set(bearer(referent))).body.territory).toBe('Bouches-du-Rhône');

    // react-admin sends the whole record back: read-only fields are ignored.
    const updated = await request(t.http).put(`/api/organisations/${id}`).set(bearer(lead)).send({ ...created.body, acronym: 'PNCal', createdAt: '1999-01-01' });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ acronym: 'PNCal', version: 2, createdAt: created.body.createdAt });

    const stale = await request(t.http).put(`/api/organisations/${id}`).set(bearer(lead)).send({ ...created.body, acronym: 'LOST' });
    expect(stale.status).toBe(409);
    expect((await request(t.http).get(`/api/organisations/${id}`).set(bearer(lead))).body.acronym).toBe('PNCal');

    const events = await request(t.http).get('/api/audit-events').query({ filter: JSON.stringify({ resource: 'organisations', recordId: String(id) }), sort: JSON.stringify(['id', 'ASC']) }).set(bearer(lead));
    expect(events.status).toBe(200);
    expect(events.body.map((e: { action: string }) => e.action)).toEqual(['create', 'update']);
    expect(events.body[1].changes).toEqual({ acronym: { before: null, after: 'PNCal' } });
    expect(events.body[1].actorEmail).toBe('orgs.programme_lead@test.aic');
    expect(events.body[1].requestId).toBeTruthy();
  });

  it('answers 400 with the fields at fault, and writes nothing', async () => {
    const before = (await list({})).headers['content-range'];
    const res = await request(t.http).post('/api/organisations').set(bearer(lead)).send({ name: '', kind: 'castle', website: 'not a url', parentId: 'x' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['kind', 'name', 'parentId', 'website']);
    expect((await list({})).headers['content-range']).toBe(before);
  });

  it('answers 409 for a duplicate name and for a missing parent, naming the field', async () => {
    const dup = await request(t.http).post('/api/organisations').set(bearer(lead)).send({ name: 'météo-france'.replace('m', 'M'), kind: 'public_agency' });
    expect(dup.status).toBe(409);
    const orphan = await request(t.http).post('/api/organisations').set(bearer(lead)).send({ name: 'Direction fantôme', kind: 'directorate', parentId: 987654 });
    expect(orphan.status).toBe(409);
    expect(orphan.body.errors).toHaveProperty('parentId');
  });

  it('refuses a hierarchy cycle and deleting a parent that still has children', async () => {
    const ministry = await request(t.http).post('/api/organisations').set(bearer(lead)).send({ name: 'Ministère A', kind: 'ministry' });
    const directorate = await request(t.http).post('/api/organisations').set(bearer(lead)).send({ name: 'Direction A1', kind: 'directorate', parentId: ministry.body.id });
    expect(directorate.status).toBe(201);
    const cycle = await request(t.http).put(`/api/organisations/${ministry.body.id}`).set(bearer(lead)).send({ parentId: directorate.body.id, version: 1 });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors).toHaveProperty('parentId');
    const del = await request(t.http).delete(`/api/organisations/${ministry.body.id}`).set(bearer(lead));
    expect(del.status).toBe(409);
    expect((await request(t.http).get(`/api/organisations/${ministry.body.id}`).set(bearer(lead))).status).toBe(200);
    expect((await request(t.http).delete(`/api/organisations/${directorate.body.id}`).set(bearer(lead))).status).toBe(200);
    expect((await request(t.http).get(`/api/organisations/${directorate.body.id}`).set(bearer(lead))).status).toBe(404);
  });

  it('enforces roles: a referent reads but cannot write, a manager cannot delete', async () => {
    expect((await request(t.http).post('/api/organisations').set(bearer(referent)).send({ name: 'X', kind: 'other' })).status).toBe(403);
    const [{ id }] = await t.dataSource.query(`SELECT id FROM organisations ORDER BY id LIMIT 1`);
    expect((await request(t.http).delete(`/api/organisations/${id}`).set(bearer(manager))).status).toBe(403);
    expect((await request(t.http).get('/api/organisations')).status).toBe(401);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    expect((await request(t.http).get('/api/organisations/424242').set(bearer(lead))).status).toBe(404);
    expect((await request(t.http).put('/api/organisations/424242').set(bearer(lead)).send({ name: 'Y', version: 1 })).status).toBe(404);
    expect((await request(t.http).get('/api/organisations/abc').set(bearer(lead))).status).toBe(400);
  });
});
