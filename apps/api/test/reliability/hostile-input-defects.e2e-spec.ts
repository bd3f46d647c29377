import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme, type Programme } from '../fixtures.js';
import { accountsByRole, bearer, startTestApp, type TestApp } from '../test-app.js';
import { listRoutes, prototypeNames, prototypeSnapshot } from './routes.js';

/** Issue 13: one regression test per hostile-input defect, each seen failing before its fix. */
let t: TestApp;
let admin: string;
let p: Programme;
beforeAll(async () => {
  t = await startTestApp();
  admin = (await accountsByRole(t, 'defects.roles')).tokens.admin;
  p = await seedProgramme(t, 'defects');
});
afterAll(() => t.close());

const count = async (table: string) => Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

describe('defect 1: Object.prototype names as sort fields and filter keys', () => {
  it('refuses them with a 400 on every list, leaves Object.prototype alone, and the API keeps working', async () => {
    const before = prototypeSnapshot();
    const lists = await listRoutes(t.http, admin);
    expect(lists.length).toBeGreaterThanOrEqual(18);
    const names = ['__proto__', ...prototypeNames()];
    for (const path of lists) {
      const answers = await Promise.all(
        names.flatMap((name) => [
          request(t.http).get(path).query({ sort: JSON.stringify([name, 'ASC']) }).set(bearer(admin)).then((res) => ({ name, param: 'sort', res })),
          request(t.http).get(path).query({ filter: `{${JSON.stringify(name)}:"x"}` }).set(bearer(admin)).then((res) => ({ name, param: 'filter', res })),
        ]),
      );
      for (const { name, param, res } of answers) {
        expect([path, name, param, res.status]).toEqual([path, name, param, 400]);
        expect(Object.keys(res.body.errors).filter((field) => field.split('.')[0] === param)).not.toEqual([]);
      }
    }
    expect(prototypeSnapshot()).toEqual(before);
    expect((await request(t.http).get('/api/organisations').set(bearer(admin))).status).toBe(200);
    const created = await request(t.http).post('/api/organisations').set(bearer(admin)).send({ name: 'Après les tris hostiles', kind: 'association' });
    expect(created.status).toBe(201);
  });
});

describe('defect 2: control characters and invisible names', () => {
  it('refuses NUL in a body string with a 400 naming the field, and writes nothing', async () => {
    const before = await count('organisations');
    const res = await request(t.http).post('/api/organisations').set(bearer(admin)).send({ name: 'Asso\u0000ciation', kind: 'association' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('name');
    expect(await count('organisations')).toBe(before);
  });

  it('refuses NUL in filter.q and in a text filter with a 400 naming the filter', async () => {
    const q = await request(t.http).get('/api/organisations').query({ filter: JSON.stringify({ q: 'a\u0000b' }) }).set(bearer(admin));
    expect(q.status).toBe(400);
    expect(q.body.errors).toHaveProperty(['filter.q']);
  });

  it('allows line breaks only in multi-line fields', async () => {
    const single = await request(t.http).post('/api/organisations').set(bearer(admin)).set('Accept-Language', 'en').send({ name: 'Deux\nlignes', kind: 'association' });
    expect(single.status).toBe(400);
    expect(single.body.errors).toEqual({ name: 'A single line expected (no tab nor line break)' });
    const multi = await request(t.http).post('/api/organisations').set(bearer(admin)).send({ name: 'Notes sur deux lignes', kind: 'association', notes: 'une\n\tdeux' });
    expect(multi.status).toBe(201);
    expect(multi.body.notes).toBe('une\n\tdeux');
  });

  it('refuses a required name made only of invisible characters', async () => {
    const res = await request(t.http).post('/api/organisations').set(bearer(admin)).set('Accept-Language', 'en').send({ name: '\u200b\u00a0\u2060\ufeff', kind: 'association' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual({ name: 'Required field (visible characters expected)' });
  });

  it('stores single-line text in NFC, trimmed, with inner whitespace collapsed', async () => {
    const res = await request(t.http).post('/api/organisations').set(bearer(admin)).send({ name: '  Acade\u0301mie\u00a0de   Cre\u0301teil ', kind: 'association' });
    expect(res.status).toBe(201);
    expect(res.body.name).toBe('Académie de Créteil'.normalize('NFC'));
  });
});

describe('defect 3: deeply nested JSON', () => {
  it('refuses a body nested 2 000 levels on the anonymous login with a 400, before validation', async () => {
    const body = `{"email":${'['.repeat(2500)}${']'.repeat(2500)},"password":"x"}`;
    const res = await request(t.http).post('/api/auth/login').set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/imbriqu/i);
  });

  it('refuses a deeply nested filter with a 400', async () => {
    const res = await request(t.http).get('/api/organisations').query({ filter: `{"q":${'['.repeat(500)}${']'.repeat(500)}}` }).set(bearer(admin));
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('filter');
  });
});

describe('defect 4: dates, ids, amounts and messages', () => {
  it('refuses an impossible date with a 400 naming the field', async () => {
    const res = await request(t.http).post('/api/seasons').set(bearer(admin)).send({ name: 'Saison impossible', year: 2026, callOpensOn: '2026-02-30' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('callOpensOn');
    const filter = await request(t.http).get('/api/actions').query({ filter: JSON.stringify({ dueAfter: '2026-02-30' }) }).set(bearer(admin));
    expect(filter.status).toBe(400);
  });

  it('reads ids only as canonical positive decimal integers within int4 (else 400)', async () => {
    const hex = `0x${p.organisations.carrier.toString(16)}`;
    for (const id of [hex, `${p.organisations.carrier}.0`, '1e3', '+1', '01', '0', '-1', '2147483648', ' 1']) {
      const res = await request(t.http).get(`/api/organisations/${encodeURIComponent(id)}`).set(bearer(admin));
      expect([id, res.status]).toEqual([id, 400]);
    }
    const ok = await request(t.http).get(`/api/organisations/${p.organisations.carrier}`).set(bearer(admin));
    expect([ok.status, ok.body]).toEqual([200, expect.anything()]);
    expect((await request(t.http).get('/api/organisations/2147483647').set(bearer(admin))).status).toBe(404);
  });

  it('refuses an amount with more than 2 decimals written in exponent form', async () => {
    const before = await count('grants');
    const res = await request(t.http).post('/api/grants').set(bearer(admin)).send({ laureateId: p.laureates.own, amount: 1e-7, purpose: 'hiring' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('amount');
    expect(await count('grants')).toBe(before);
  });

  it('says a missing e-mail is required, not too long', async () => {
    const res = await request(t.http).post('/api/auth/login').set('Accept-Language', 'en').send({ password: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.errors.email).toBe('Required field');
    const wrongType = await request(t.http).post('/api/seasons').set('Accept-Language', 'en').set(bearer(admin)).send({ name: 42, year: 2026 });
    expect(wrongType.body.errors.name).toBe('Text expected');
  });
});

describe('defect 5: charsets and invalid UTF-8', () => {
  it('refuses a body declared in another charset with a 415', async () => {
    const body = Buffer.from(JSON.stringify({ name: 'Acad\u00e9mie latin', kind: 'association' }), 'latin1');
    const res = await request(t.http).post('/api/organisations').set(bearer(admin)).set('Content-Type', 'application/json; charset=latin1').send(body);
    expect(res.status).toBe(415);
  });

  it('refuses invalid UTF-8 bytes with a 400 and stores nothing', async () => {
    const before = await count('organisations');
    const body = Buffer.concat([Buffer.from('{"name":"Acad'), Buffer.from([0xe9]), Buffer.from('mie","kind":"association"}')]);
    const res = await request(t.http).post('/api/organisations').set(bearer(admin)).set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(400);
    expect(await count('organisations')).toBe(before);
    const utf8 = await request(t.http).post('/api/organisations').set(bearer(admin)).set('Content-Type', 'application/json; charset=UTF-8').send(JSON.stringify({ name: 'Académie utf-8', kind: 'association' }));
    expect(utf8.status).toBe(201);
  });
});

describe('found by the property-based run', () => {
  it('reads a list field sent as null as an empty list (POST /api/contacts with laureates: null was a 500)', async () => {
    const res = await request(t.http).post('/api/contacts').set(bearer(admin)).send({ firstName: 'Camille', lastName: 'Sans équipe', laureates: null });
    expect(res.status).toBe(201);
    expect(res.body.laureates).toEqual([]);
    const committee = await request(t.http).post('/api/committees').set(bearer(admin)).send({ seasonId: p.seasonId, kind: 'acceleration', title: 'Comité nul', externalMembers: null, memberIds: null });
    expect(committee.status).toBe(201);
  });
});
