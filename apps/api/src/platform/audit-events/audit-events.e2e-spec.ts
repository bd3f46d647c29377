import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { accountsByRole, bearer, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof accountsByRole>>['tokens'];

beforeAll(async () => {
  t = await startTestApp();
  tokens = (await accountsByRole(t, 'audit')).tokens;
  await request(t.http).post('/api/seasons').set(bearer(tokens.programme_lead)).send({ name: 'Saison audit', year: 2024 });
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('is append-only in the database itself: refused to the API\'s role by privileges, to the owner by trigger', async () => {
    await expect(t.dataSource.query(`UPDATE audit_events SET actor_email = 'forged'`)).rejects.toThrow(/permission denied/);
    await expect(t.dataSource.query(`DELETE FROM audit_events`)).rejects.toThrow(/permission denied/);
    await expect(t.dataSource.query(`TRUNCATE audit_events`)).rejects.toThrow(/permission denied/);
    await expect(t.asOwner(`UPDATE audit_events SET actor_email = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(t.asOwner(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
    await expect(t.asOwner(`TRUNCATE audit_events`)).rejects.toThrow(/append-only/);
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

  // Last: the events it adds cannot be removed (append-only).
  it('stops counting the whole trail at 10 000 events and says so; a filtered trail keeps its exact total', async () => {
    await t.dataSource.query(
      `INSERT INTO audit_events (resource, record_id, action, actor_email) SELECT 'imports', n::text, 'create', 'import@test.aic' FROM generate_series(1, 10005) n`,
    );
    const whole = await request(t.http).get('/api/audit-events').query({ range: '[0,24]' }).set(bearer(tokens.admin));
    expect(whole.status).toBe(200);
    expect(whole.body).toHaveLength(25);
    expect(whole.headers['content-range']).toBe('audit-events 0-24/10000');
    expect(whole.headers['x-total-capped']).toBe('true');
    const deep = await request(t.http).get('/api/audit-events').query({ range: '[9990,10014]' }).set(bearer(tokens.admin));
    expect(deep.body).toHaveLength(16); // 10 006 events in all
    expect(deep.headers['content-range']).toBe('audit-events 9990-10005/10006');
    expect(deep.headers['x-total-capped']).toBeUndefined();
    // A full page past the cap: the total reaches at least its end.
    const past = await request(t.http).get('/api/audit-events').query({ range: '[9980,10004]' }).set(bearer(tokens.admin));
    expect(past.headers['content-range']).toBe('audit-events 9980-10004/10005');
    expect(past.headers['x-total-capped']).toBe('true');
    const seasons = await request(t.http).get('/api/audit-events').query({ filter: JSON.stringify({ resource: 'seasons' }), range: '[0,0]' }).set(bearer(tokens.admin));
    expect(seasons.headers['content-range']).toBe('audit-events 0-0/1');
    expect(seasons.headers['x-total-capped']).toBeUndefined();
    const imports = await request(t.http).get('/api/audit-events').query({ filter: JSON.stringify({ resource: 'imports' }), range: '[0,24]' }).set(bearer(tokens.admin));
    expect(imports.headers['content-range']).toBe('audit-events 0-24/10000');
    expect(imports.headers['x-total-capped']).toBe('true');
  });
});
