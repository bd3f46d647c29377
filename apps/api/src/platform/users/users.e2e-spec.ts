import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { accountsByRole, bearer, login, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let tokens: Awaited<ReturnType<typeof accountsByRole>>['tokens'];

beforeAll(async () => {
  t = await startTestApp();
  tokens = (await accountsByRole(t, 'users')).tokens;
});
afterAll(() => t.close());

describe('/api/users', () => {
  it('is for admins only', async () => {
    for (const role of ['programme_lead', 'acceleration_manager', 'referent'] as const) {
      expect((await request(t.http).get('/api/users').set(bearer(tokens[role]))).status).toBe(403);
      expect((await request(t.http).post('/api/users').set(bearer(tokens[role])).send({})).status).toBe(403);
    }
    const res = await request(t.http).get('/api/users').query({ filter: JSON.stringify({ role: 'referent' }) }).set(bearer(tokens.admin));
    expect(res.status).toBe(200);
    expect(res.body.map((u: { email: string }) => u.email)).toEqual(['users.referent@test.aic']);
    expect(res.body[0]).not.toHaveProperty('passwordHash');
  });

  it('creates an account that can log in, with a hashed password never echoed nor audited', async () => {
    const res = await request(t.http).post('/api/users').set(bearer(tokens.admin)).send({ email: 'New.Manager@Test.aic', fullName: 'Nouvelle Chargée', roles: ['acceleration_manager'], password: 'long-enough-password' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ email: 'new.manager@test.aic', active: true, roles: ['acceleration_manager'] });
    expect(res.body).not.toHaveProperty('passwordHash');
    expect(await login(t.http, 'new.manager@test.aic', 'long-enough-password')).toBeTruthy();
    const [{ password_hash }] = await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [res.body.id]);
    expect(password_hash).toMatch(/^\$argon2id\$/);
    const [event] = await t.dataSource.query(`SELECT changes FROM audit_events WHERE resource = 'users' AND record_id = $1`, [String(res.body.id)]);
    expect(event.changes.passwordHash).toEqual({ before: '***', after: '***' });
  });

  it('invites a person created without a password to choose one (no password sign-in meanwhile)', async () => {
    const res = await request(t.http).post('/api/users').set(bearer(tokens.admin)).send({ email: 'nopassword@test.aic', fullName: 'Sans Mot de passe', roles: ['referent'] });
    expect(res.status).toBe(201);
    const [user] = await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [res.body.id]);
    expect(user.password_hash).toBeNull();
    const mails = await t.dataSource.query(`SELECT kind, recipient FROM mail_messages WHERE user_id = $1`, [res.body.id]);
    expect(mails).toEqual([{ kind: 'invitation', recipient: 'nopassword@test.aic' }]);
    const login = await request(t.http).post('/api/auth/login').send({ email: 'nopassword@test.aic', password: 'any-password-at-all' });
    expect(login.status).toBe(401);
  });

  it('validates roles, e-mail and password length; a duplicate e-mail answers 409', async () => {
    const bad = await request(t.http).post('/api/users').set(bearer(tokens.admin)).send({ email: 'x', fullName: 'X Y', roles: ['king'], password: 'short' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['email', 'password', 'roles']);
    const none = await request(t.http).post('/api/users').set(bearer(tokens.admin)).send({ email: 'x@test.aic', fullName: 'X Y', roles: [], password: 'long-enough-password' });
    expect(none.body.errors).toHaveProperty('roles');
    const dup = await request(t.http).post('/api/users').set(bearer(tokens.admin)).send({ email: 'users.referent@test.aic', fullName: 'Dup', roles: ['referent'], password: 'long-enough-password' });
    expect(dup.status).toBe(409);
  });

  it('refuses to delete an account with history (deactivate instead) but deletes an unused one', async () => {
    const [{ id: usedId }] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'users.referent@test.aic'`);
    const refused = await request(t.http).delete(`/api/users/${usedId}`).set(bearer(tokens.admin));
    expect(refused.status).toBe(409);
    const created = await request(t.http).post('/api/users').set(bearer(tokens.admin)).send({ email: 'typo@test.aic', fullName: 'Erreur de saisie', roles: ['referent'], password: 'long-enough-password' });
    expect((await request(t.http).delete(`/api/users/${created.body.id}`).set(bearer(tokens.admin))).status).toBe(200);
    expect((await request(t.http).get(`/api/users/${created.body.id}`).set(bearer(tokens.admin))).status).toBe(404);
  });

  it('an admin password reset ends the sessions of that user', async () => {
    const [{ id, version }] = await t.dataSource.query(`SELECT id, version FROM users WHERE email = 'users.acceleration_manager@test.aic'`);
    const res = await request(t.http).put(`/api/users/${id}`).set(bearer(tokens.admin)).send({ password: 'brand-new-password', version });
    expect(res.status).toBe(200);
    expect((await request(t.http).get('/api/auth/me').set(bearer(tokens.acceleration_manager))).status).toBe(401);
  });
});

describe('PUT /api/users/:id keeps an active admin', () => {
  const account = async (email: string) => (await t.dataSource.query(`SELECT id, version FROM users WHERE email = $1`, [email]))[0] as { id: number; version: number };
  const put = (token: string, id: number, body: object) => request(t.http).put(`/api/users/${id}`).set(bearer(token)).send(body);

  it('an admin cannot untick their own "Actif" (409), whatever other admins there are', async () => {
    const self = await account('users.admin@test.aic');
    const res = await put(tokens.admin, self.id, { active: false, version: self.version });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('Vous ne pouvez pas désactiver votre propre compte');
    expect(res.body.errors).toEqual({ active: 'Impossible pour votre propre compte' });
    expect((await account('users.admin@test.aic')).version).toBe(self.version);
  });

  it('the last active admin cannot remove their own admin role (409); one of two can', async () => {
    const created = await request(t.http).post('/api/users').set(bearer(tokens.admin)).send({ email: 'second.admin@test.aic', fullName: 'Seconde Admin', roles: ['admin'], password: 'long-enough-password' });
    expect(created.status).toBe(201);
    const secondToken = await login(t.http, 'second.admin@test.aic', 'long-enough-password');
    // Two admins: the second may step down to a lead…
    const stepDown = await put(secondToken, created.body.id, { roles: ['programme_lead'], active: true, version: created.body.version });
    expect(stepDown.status).toBe(200);
    // …after which the first is the last one and may not.
    const self = await account('users.admin@test.aic');
    const last = await put(tokens.admin, self.id, { roles: ['programme_lead'], active: true, version: self.version });
    expect(last.status).toBe(409);
    expect(last.body.message).toBe("Ce compte est le dernier administrateur actif : nommez d'abord un autre administrateur");
    const [{ admins }] = await t.dataSource.query(`SELECT count(*)::int AS admins FROM users WHERE active AND 'admin' = ANY(roles)`);
    expect(admins).toBe(1);
    // Other changes of the last admin still go through.
    expect((await put(tokens.admin, self.id, { fullName: 'Admin renommée', roles: ['admin', 'referent'], active: true, version: self.version })).status).toBe(200);
  });
});

describe('evaluator accounts and their panel', () => {
  const create = (body: object) => request(t.http).post('/api/users').set(bearer(tokens.admin)).send({ fullName: 'Membre du jury', password: 'long-enough-password', ...body });

  it('an evaluator needs a panel (jury or citizen); another account has none', async () => {
    const missing = await create({ email: 'jury.sans.college@test.aic', roles: ['evaluator'] });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.errors)).toEqual(['panel']);
    const unknown = await create({ email: 'jury.inconnu@test.aic', roles: ['evaluator'], panel: 'press' });
    expect([unknown.status, Object.keys(unknown.body.errors)]).toEqual([400, ['panel']]);
    const citizen = await create({ email: 'citoyenne@test.aic', roles: ['evaluator'], panel: 'citizen' });
    expect([citizen.status, citizen.body.roles, citizen.body.panel]).toEqual([201, ['evaluator'], 'citizen']);
    const staff = await create({ email: 'pilote.sans.college@test.aic', roles: ['programme_lead'], panel: 'jury' });
    expect([staff.status, staff.body.panel]).toEqual([201, null]);
  });

  it('changing roles away from evaluator clears the panel; back to evaluator asks for one', async () => {
    const created = await create({ email: 'jury.change@test.aic', roles: ['evaluator'], panel: 'jury' });
    const staff = await request(t.http).put(`/api/users/${created.body.id}`).set(bearer(tokens.admin)).send({ roles: ['referent'], version: created.body.version });
    expect([staff.status, staff.body.panel]).toEqual([200, null]);
    const back = await request(t.http).put(`/api/users/${created.body.id}`).set(bearer(tokens.admin)).send({ roles: ['evaluator'], version: staff.body.version });
    expect([back.status, Object.keys(back.body.errors ?? {})]).toEqual([400, ['panel']]);
  });

  it('an evaluator signs in and reads their session, but no staff route', async () => {
    await create({ email: 'jury.connexion@test.aic', roles: ['evaluator'], panel: 'jury' });
    const token = await login(t.http, 'jury.connexion@test.aic', 'long-enough-password');
    const me = await request(t.http).get('/api/auth/me').set(bearer(token));
    expect([me.status, me.body.roles, me.body.panel]).toEqual([200, ['evaluator'], 'jury']);
    for (const path of ['/api/laureates', '/api/seasons', '/api/contacts', '/api/staff-members']) {
      expect([path, (await request(t.http).get(path).set(bearer(token))).status]).toEqual([path, 403]);
    }
  });
});
