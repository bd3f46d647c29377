import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { accountsByRole, bearer, startTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof accountsByRole>>['tokens'];

beforeAll(async () => {
  t = await startTestApp();
  tokens = (await accountsByRole(t, 'audit')).tokens;
  await request(t.http).post('/api/seasons').set(bearer(tokens.programme_lead)).send({ name: 'Saison audit', year: 2024 });
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('is append-only in the database itself', async () => {
    await expect(t.dataSource.query(`UPDATE audit_events SET actor_email = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_events`);
    expect(count).toBe(1);
  });

  it('a failed write leaves neither the change nor an audit event', async () => {
    const res = await request(t.http).post('/api/seasons').set(bearer(tokens.programme_lead)).send({ name: 'Saison audit', year: 2025 });
    expect(res.status).toBe(409);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM audit_events`);
    expect(count).toBe(1);
  });

  it('GET /api/audit-events is read-only, for admin and programme lead, filterable by actor', async () => {
    const res = await request(t.http).get('/api/audit-events').query({ filter: JSON.stringify({ actorId: (await t.dataSource.query(`SELECT id FROM users WHERE email = 'audit.programme_lead@test.aic'`))[0].id }) }).set(bearer(tokens.admin));
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({ resource: 'seasons', action: 'create', actorEmail: 'audit.programme_lead@test.aic' });
    expect(res.body[0].changes.name).toEqual({ before: null, after: 'Saison audit' });
    expect((await request(t.http).get(`/api/audit-events/${res.body[0].id}`).set(bearer(tokens.programme_lead))).status).toBe(200);
    expect((await request(t.http).get('/api/audit-events').set(bearer(tokens.acceleration_manager))).status).toBe(403);
    expect((await request(t.http).get('/api/audit-events').set(bearer(tokens.referent))).status).toBe(403);
    expect((await request(t.http).post('/api/audit-events').set(bearer(tokens.admin)).send({})).status).toBe(404);
    expect((await request(t.http).delete(`/api/audit-events/${res.body[0].id}`).set(bearer(tokens.admin))).status).toBe(404);
  });
});
