import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { bearer, createAccount, login, startTestApp, TEST_PASSWORD, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ loginMaxFailures: 3 });
});
afterAll(() => t.close());

describe('POST /api/auth/login', () => {
  it('answers a token and the user, and stores only the token hash', async () => {
    await createAccount(t.dataSource, 'lead@test.aic', ['programme_lead']);
    const res = await request(t.http).post('/api/auth/login').send({ email: 'Lead@Test.aic ', password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email: 'lead@test.aic', roles: ['programme_lead'] });
    expect(res.body.user.passwordHash).toBeUndefined();
    expect(res.body.token).toMatch(/^[\w-]{40,}$/);
    const stored = await t.dataSource.query('SELECT token_hash FROM sessions');
    expect(stored.map((s: { token_hash: string }) => s.token_hash)).not.toContain(res.body.token);
  });

  it('answers 401 with the same message for a wrong password and an unknown e-mail', async () => {
    await createAccount(t.dataSource, 'someone@test.aic', ['referent']);
    const wrong = await request(t.http).post('/api/auth/login').send({ email: 'someone@test.aic', password: 'not-the-password' });
    const unknown = await request(t.http).post('/api/auth/login').send({ email: 'nobody@test.aic', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('answers 400 naming the fields for a malformed body', async () => {
    const res = await request(t.http).post('/api/auth/login').send({ email: 'not-an-email' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors).sort()).toEqual(['email', 'password']);
  });

  it('throttles repeated failures with 429, even with the right password afterwards', async () => {
    await createAccount(t.dataSource, 'target@test.aic', ['referent']);
    for (let i = 0; i < 3; i++) {
      expect((await request(t.http).post('/api/auth/login').send({ email: 'target@test.aic', password: 'guess-' + i })).status).toBe(401);
    }
    const blocked = await request(t.http).post('/api/auth/login').send({ email: 'target@test.aic', password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.message).toMatch(/Trop de tentatives/);
  });

  it('refuses a deactivated account', async () => {
    await createAccount(t.dataSource, 'gone@test.aic', ['referent'], { active: false });
    expect((await request(t.http).post('/api/auth/login').send({ email: 'gone@test.aic', password: TEST_PASSWORD })).status).toBe(401);
  });
});

describe('sessions', () => {
  it('GET /api/auth/me answers the user with a live token, 401 without or with a bad one', async () => {
    await createAccount(t.dataSource, 'me@test.aic', ['acceleration_manager', 'referent']);
    const token = await login(t.http, 'me@test.aic');
    const me = await request(t.http).get('/api/auth/me').set(bearer(token));
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: 'me@test.aic', roles: ['acceleration_manager', 'referent'] });
    expect((await request(t.http).get('/api/auth/me')).status).toBe(401);
    expect((await request(t.http).get('/api/auth/me').set(bearer('forged-token'))).status).toBe(401);
  });

  it('POST /api/auth/logout revokes the session at once', async () => {
    await createAccount(t.dataSource, 'bye@test.aic', ['referent']);
    const token = await login(t.http, 'bye@test.aic');
    expect((await request(t.http).post('/api/auth/logout').set(bearer(token))).status).toBe(204);
    expect((await request(t.http).get('/api/auth/me').set(bearer(token))).status).toBe(401);
  });

  it('an expired session answers 401', async () => {
    const id = await createAccount(t.dataSource, 'old@test.aic', ['referent']);
    const token = await login(t.http, 'old@test.aic');
    await t.dataSource.query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [id]);
    expect((await request(t.http).get('/api/auth/me').set(bearer(token))).status).toBe(401);
  });

  it("a deactivated user's sessions stop working at once", async () => {
    await createAccount(t.dataSource, 'boss@test.aic', ['admin']);
    const id = await createAccount(t.dataSource, 'leaver@test.aic', ['acceleration_manager']);
    const adminToken = await login(t.http, 'boss@test.aic');
    const token = await login(t.http, 'leaver@test.aic');
    expect((await request(t.http).get('/api/seasons').set(bearer(token))).status).toBe(200);
    const put = await request(t.http).put(`/api/users/${id}`).set(bearer(adminToken)).send({ active: false, version: 1 });
    expect(put.status).toBe(200);
    expect((await request(t.http).get('/api/seasons').set(bearer(token))).status).toBe(401);
  });
});

describe('POST /api/auth/password', () => {
  it('requires the current password and a long enough new one, then replaces it', async () => {
    await createAccount(t.dataSource, 'pw@test.aic', ['referent']);
    const token = await login(t.http, 'pw@test.aic');
    const wrong = await request(t.http).post('/api/auth/password').set(bearer(token)).send({ currentPassword: 'nope', newPassword: 'a-long-enough-secret' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toHaveProperty('currentPassword');
    const short = await request(t.http).post('/api/auth/password').set(bearer(token)).send({ currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toHaveProperty('newPassword');
    const ok = await request(t.http).post('/api/auth/password').set(bearer(token)).send({ currentPassword: TEST_PASSWORD, newPassword: 'a-long-enough-secret' });
    expect(ok.status).toBe(204);
    expect((await request(t.http).post('/api/auth/login').send({ email: 'pw@test.aic', password: TEST_PASSWORD })).status).toBe(401);
    expect(await login(t.http, 'pw@test.aic', 'a-long-enough-secret')).toBeTruthy();
    const [event] = await t.dataSource.query(`SELECT changes FROM audit_events WHERE resource = 'users' ORDER BY id DESC LIMIT 1`);
    expect(JSON.stringify(event.changes)).not.toContain('a-long-enough-secret');
  });
});

describe('GET /api/auth/demo-accounts', () => {
  it('is empty outside demo mode', async () => {
    const res = await request(t.http).get('/api/auth/demo-accounts');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
  });
});
