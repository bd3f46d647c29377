import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import request from 'supertest';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { assign, seedApplication, seedCall, seedEvaluator } from '../../../test/selection-fixtures.js';
import { accountsByRole, bearer, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let p: Programme;
let adminToken: string;
beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'list-fields');
  adminToken = (await accountsByRole(t, 'list-fields-accounts')).tokens.admin;
  const contact = await request(t.http).post('/api/contacts').set(bearer(p.tokens.manager))
    .send({ firstName: 'Camille', lastName: 'Champs', email: 'camille.champs@exemple.test', laureates: [{ laureateId: p.laureates.own, role: 'Trésorière' }] });
  expect(contact.status).toBe(201);
  const committee = await request(t.http).post('/api/committees').set(bearer(p.tokens.lead)).send({ seasonId: p.seasonId, kind: 'acceleration', heldOn: '2026-03-12', title: 'Comité des champs' });
  expect(committee.status).toBe(201);
});
afterAll(() => t.close());

type Row = Record<string, unknown>;
const list = (resource: string, query: Record<string, string>, token = p.tokens.lead) => request(t.http).get(`/api/${resource}`).query(query).set(bearer(token));
const picked = (row: Row, fields: readonly string[]) => Object.fromEntries(['id', ...fields].filter((name) => Object.hasOwn(row, name)).map((name) => [name, row[name]]));

describe('a list asked for some fields only (fields=[…])', () => {
  // laureates: JSON written by PostgreSQL; contacts: the same with a field of their own (their laureates) and through a
  // search; committees: rows read, then changed by code (their minutes), then sent.
  it.each([
    ['laureates', {}, ['name', 'phase', 'accelerationManagerId', 'updatedAt']],
    ['contacts', {}, ['lastName', 'laureates']],
    ['contacts', { q: 'champs' }, ['firstName', 'laureates']],
    ['committees', {}, ['title', 'heldOn', 'minutes']],
  ])('%s %j: each row is the full row cut to its id and %j, and the range the same', async (resource, filter, fields) => {
    const query = { sort: '["id","ASC"]', range: '[0,99]', filter: JSON.stringify(filter) };
    const full = await list(resource, query);
    const cut = await list(resource, { ...query, fields: JSON.stringify(fields) });
    expect(full.status).toBe(200);
    expect(cut.status).toBe(200);
    expect(full.body.length).toBeGreaterThan(0);
    expect(cut.body).toEqual(full.body.map((row: Row) => picked(row, fields)));
    expect(cut.headers['content-range']).toBe(full.headers['content-range']);
  });

  it('gives the same rows as the full list cut, for any set of its fields (generated cases)', async () => {
    const query = { sort: '["name","ASC"]', range: '[0,24]' };
    const full = (await list('laureates', query)).body as Row[];
    const names = Object.keys(full[0]).filter((name) => name !== 'id');
    await fc.assert(
      fc.asyncProperty(fc.subarray(names, { minLength: 1 }), async (fields) => {
        const cut = await list('laureates', { ...query, fields: JSON.stringify(fields) });
        expect(cut.status).toBe(200);
        expect(cut.body).toEqual(full.map((row) => picked(row, fields)));
      }),
      { numRuns: 25 },
    );
  });

  it.each([['secret'], ['constructor'], ['toString'], ['hasOwnProperty'], ['passwordHash'], ['name', 'nope']])(
    'refuses %j with a 400 naming fields and the unknown ones, and answers the next request as before',
    async (...fields) => {
      const res = await list('laureates', { fields: JSON.stringify(fields) }).set('Accept-Language', 'en');
      expect(res.status).toBe(400);
      expect(res.body.errors.fields).toContain(`unknown fields of laureates: ${fields.filter((f) => f !== 'name').join(', ')}`);
      const next = await list('laureates', {});
      expect(next.status).toBe(200);
      expect(Object.keys(next.body[0])).toContain('mission');
    },
  );

  it('never gives a field the full rows leave out (a user account never shows its password hash)', async () => {
    const users = await list('users', { fields: '["passwordHash"]' }, adminToken);
    expect(users.status).toBe(400);
    const emails = await list('users', { fields: '["email"]' }, adminToken);
    expect(emails.status).toBe(200);
    expect(Object.keys(emails.body[0]).sort()).toEqual(['email', 'id']);
  });

  it("never gives an evaluator what their list hides from them (blind scoring), whatever fields they ask for", async () => {
    const call = await seedCall(t, p.seasonId);
    const application = await seedApplication(t, call, { reference: 'CHAMPS-1', contactName: 'Dominique Caché', contactEmail: 'cache@example.test' });
    const jury = await seedEvaluator(t, 'jury.champs@test.aic', 'jury');
    await assign(t, application, jury.id, 'jury');
    const hidden = ['contactName', 'contactEmail', 'eligibilityReason', 'statusReason'];
    const res = await list('applications', { fields: JSON.stringify(['projectName', ...hidden]) }, jury.token);
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ id: application, projectName: 'Projet CHAMPS-1' }]);
    const lead = await list('applications', { fields: JSON.stringify(['contactName']) });
    expect(lead.body).toContainEqual({ id: application, contactName: 'Dominique Caché' });
  });

  it('refuses fields that are not a list of names, naming fields', async () => {
    for (const fields of ['"name"', '[]', '["__proto__"]', '["a b"]', 'nope']) {
      const res = await list('laureates', { fields });
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.errors)[0]).toMatch(/^fields/);
    }
  });
});
