import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { accountsByRole, bearer, createAccount, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof accountsByRole>>['tokens'];
let ids: Awaited<ReturnType<typeof accountsByRole>>['ids'];
let juryId: number;

/** What the directory shows of a person: never their password's hash, sign-in traces or ProConnect identity. */
const PUBLIC_KEYS = ['active', 'email', 'fullName', 'id', 'panel', 'roles'];

beforeAll(async () => {
  t = await startTestApp();
  ({ ids, tokens } = await accountsByRole(t, 'staff'));
  juryId = await createAccount(t.dataSource, 'staff.jury@test.aic', ['evaluator'], { panel: 'jury' });
});
afterAll(() => t.close());

const list = (token: string, query: Record<string, string> = {}) => request(t.http).get('/api/staff-members').query(query).set(bearer(token));

describe('/api/staff-members', () => {
  it('lists each person with their public fields only, whichever path writes the page', async () => {
    const queries: Array<Record<string, string>> = [{}, { filter: JSON.stringify({ id: [ids.referent, ids.acceleration_manager] }) }, { filter: JSON.stringify({ q: 'staff' }) }, { sort: JSON.stringify(['id', 'DESC']) }];
    for (const query of queries) {
      const res = await list(tokens.programme_lead, query);
      expect(res.status).toBe(200);
      expect(res.body.length).toBeGreaterThan(0);
      for (const member of res.body) expect(Object.keys(member).sort()).toEqual(PUBLIC_KEYS);
    }
    const one = await request(t.http).get(`/api/staff-members/${ids.referent}`).set(bearer(tokens.acceleration_manager));
    expect(one.status).toBe(200);
    expect(Object.keys(one.body).sort()).toEqual(PUBLIC_KEYS);
    expect(one.body).toMatchObject({ id: ids.referent, email: 'staff.referent@test.aic', roles: ['referent'], active: true });
  });

  it('refuses to be asked for the password hash, by name or through the fields of the list', async () => {
    const asked = await list(tokens.admin, { fields: JSON.stringify(['fullName', 'passwordHash']) });
    expect(asked.status).toBe(400);
    expect(JSON.stringify(asked.body)).toContain('passwordHash');
    const sorted = await list(tokens.admin, { sort: JSON.stringify(['passwordHash', 'ASC']) });
    expect(sorted.status).toBe(400);
    const filtered = await list(tokens.admin, { filter: JSON.stringify({ passwordHash: 'x' }) });
    expect(filtered.status).toBe(400);
  });

  it('shows the evaluators to those who run the selection, not to the accompaniment staff', async () => {
    const everyone = async (token: string) => (await list(token, { range: '[0,499]' })).body.map((m: { id: number }) => m.id);
    expect(await everyone(tokens.programme_lead)).toContain(juryId);
    expect(await everyone(tokens.acceleration_manager)).not.toContain(juryId);
    expect(await everyone(tokens.referent)).not.toContain(juryId);
    expect((await request(t.http).get(`/api/staff-members/${juryId}`).set(bearer(tokens.acceleration_manager))).status).toBe(404);
    expect((await request(t.http).get(`/api/staff-members/${juryId}`).set(bearer(tokens.programme_lead))).status).toBe(200);
  });
});
