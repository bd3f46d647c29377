import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_ACCOUNTS } from '@aic/domain';
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

  it('tells a deactivated person so after the right password (403), and only then', async () => {
    await createAccount(t.dataSource, 'gone@test.aic', ['referent'], { active: false });
    const right = await request(t.http).post('/api/auth/login').send({ email: 'gone@test.aic', password: TEST_PASSWORD });
    expect(right.status).toBe(403);
    expect(right.body.message).toMatch(/^Ce compte est désactivé/);
    expect(right.body.token).toBeUndefined();
    const wrong = await request(t.http).post('/api/auth/login').send({ email: 'gone@test.aic', password: 'not-the-password' });
    const unknown = await request(t.http).post('/api/auth/login').send({ email: 'never@test.aic', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('opens no session for an account without a role (self-registered through ProConnect, waiting for an admin)', async () => {
    const id = await createAccount(t.dataSource, 'norole@test.aic', []);
    const res = await request(t.http).post('/api/auth/login').send({ email: 'norole@test.aic', password: TEST_PASSWORD });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/^Ce compte n'a pas encore de rôle/);
    expect(res.body.token).toBeUndefined();
    // Nor does a session opened while it had a role outlive the role.
    await t.dataSource.query(`UPDATE users SET roles = '{referent}' WHERE id = $1`, [id]);
    const token = await login(t.http, 'norole@test.aic');
    await t.dataSource.query(`UPDATE users SET roles = '{}' WHERE id = $1`, [id]);
    expect((await request(t.http).get('/api/auth/me').set(bearer(token))).status).toBe(401);
  });

  it('finds the account whatever the Unicode form or spacing of the e-mail typed', async () => {
    await createAccount(t.dataSource, 'zoé@test.aic', ['referent']);
    const nfd = await request(t.http).post('/api/auth/login').send({ email: 'zoe\u0301@test.aic', password: TEST_PASSWORD });
    expect(nfd.status).toBe(200);
    expect(nfd.body.user.email).toBe('zoé@test.aic');
  });
});

describe('login throttling without lock-out (3 failures per e-mail × address, 20 per address)', () => {
  const from = (address: string) => ({ 'X-Forwarded-For': address });
  const attempt = (email: string, password: string, address: string) =>
    request(t.http).post('/api/auth/login').set(from(address)).send({ email, password });

  it('an attacker failing 50 times from one address is throttled; the owner still signs in from another', async () => {
    await createAccount(t.dataSource, 'admin.target@test.aic', ['admin']);
    const statuses: number[] = [];
    for (let i = 0; i < 50; i++) statuses.push((await attempt('admin.target@test.aic', `guess-${i}`, '203.0.113.7')).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(new Set(statuses.slice(3))).toEqual(new Set([429]));
    // Even the right password is refused from the attacker's address…
    expect((await attempt('admin.target@test.aic', TEST_PASSWORD, '203.0.113.7')).status).toBe(429);
    // …while the owner, elsewhere, signs in, during the attack and after.
    expect((await attempt('admin.target@test.aic', TEST_PASSWORD, '198.51.100.20')).status).toBe(200);
    expect((await attempt('admin.target@test.aic', 'guess-again', '203.0.113.7')).status).toBe(429);
    expect((await attempt('admin.target@test.aic', TEST_PASSWORD, '198.51.100.20')).status).toBe(200);
    // Only the first failures were recorded: hammering does not extend the refusal.
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM login_attempts WHERE ip = '203.0.113.7'`);
    expect(n).toBe(3);
  });

  it('one address trying many e-mails is refused after 20 failures, whatever the e-mail', async () => {
    await createAccount(t.dataSource, 'sprayed@test.aic', ['referent']);
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await attempt(`user${i}@test.aic`, 'Password123!', '203.0.113.99')).status);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual(Array(5).fill(429));
    expect((await attempt('sprayed@test.aic', TEST_PASSWORD, '203.0.113.99')).status).toBe(429);
    expect((await attempt('sprayed@test.aic', TEST_PASSWORD, '203.0.113.100')).status).toBe(200);
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

  it('lists only the active demo accounts in demo mode', async () => {
    const demo = await startTestApp({ demo: true });
    try {
      for (const account of DEMO_ACCOUNTS) await createAccount(demo.dataSource, account.email, account.roles);
      const [deactivated, ...others] = DEMO_ACCOUNTS;
      await demo.dataSource.query(`UPDATE users SET active = false WHERE email = $1`, [deactivated.email]);
      const res = await request(demo.http).get('/api/auth/demo-accounts');
      expect(res.status).toBe(200);
      expect(res.body.map((a: { email: string }) => a.email)).toEqual(others.map((a) => a.email));
    } finally {
      await demo.close();
    }
  });
});
