import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { accountsByRole, bearer, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof accountsByRole>>['tokens'];

beforeAll(async () => {
  t = await startTestApp();
  tokens = (await accountsByRole(t, 'seasons')).tokens;
});
afterAll(() => t.close());

const season = { name: 'Saison 1', year: 2022, callOpensOn: '2021-12-17', accompanimentStartsOn: '2022-04-14', accompanimentEndsOn: '2022-11-29', status: 'closed', fundingEnvelope: 900000.1 };

describe('/api/seasons', () => {
  it('a programme lead creates and edits a season; amounts stay exact', async () => {
    const created = await request(t.http).post('/api/seasons').set(bearer(tokens.programme_lead)).send(season);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...season, theme: null, version: 1 });
    const [{ funding_envelope }] = await t.dataSource.query(`SELECT funding_envelope::text FROM seasons WHERE id = $1`, [created.body.id]);
    expect(funding_envelope).toBe('900000.10');
    const put = await request(t.http).put(`/api/seasons/${created.body.id}`).set(bearer(tokens.admin)).send({ ...created.body, theme: 'Communs', fundingEnvelope: '' });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ theme: 'Communs', fundingEnvelope: null, version: 2 });
  });

  it('refuses dates out of order, too many decimals and an unknown status, naming the fields', async () => {
    const res = await request(t.http).post('/api/seasons').set(bearer(tokens.programme_lead)).send({ name: 'Saison X', year: 2030, status: 'party', fundingEnvelope: 1.234 });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['fundingEnvelope', 'status']);
    const dates = await request(t.http).post('/api/seasons').set(bearer(tokens.programme_lead)).send({ name: 'Saison Y', year: 2030, accompanimentStartsOn: '2030-05-01', accompanimentEndsOn: '2030-01-01' });
    expect(dates.status).toBe(400);
    expect(dates.body.errors).toHaveProperty('accompanimentEndsOn');
    const badDate = await request(t.http).post('/api/seasons').set(bearer(tokens.programme_lead)).send({ name: 'Saison Z', year: 2030, callOpensOn: '2030-02-31' });
    expect(badDate.status).toBe(400);
    expect((await request(t.http).get('/api/seasons').set(bearer(tokens.admin))).headers['content-range']).toBe('seasons 0-0/1');
  });

  it('checks date order against the stored record on a partial update', async () => {
    const [{ id, version }] = await t.dataSource.query(`SELECT id, version FROM seasons LIMIT 1`);
    const res = await request(t.http).put(`/api/seasons/${id}`).set(bearer(tokens.admin)).send({ accompanimentEndsOn: '2020-01-01', version });
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('accompanimentEndsOn');
  });

  it('a duplicate name answers 409', async () => {
    const res = await request(t.http).post('/api/seasons').set(bearer(tokens.programme_lead)).send({ ...season });
    expect(res.status).toBe(409);
  });

  it('every role reads, only admin and programme lead write', async () => {
    for (const role of ['acceleration_manager', 'referent'] as const) {
      expect((await request(t.http).get('/api/seasons').set(bearer(tokens[role]))).status).toBe(200);
      expect((await request(t.http).post('/api/seasons').set(bearer(tokens[role])).send({ name: 'S', year: 2031 })).status).toBe(403);
    }
  });
});
