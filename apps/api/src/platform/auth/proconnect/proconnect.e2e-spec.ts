import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { Agent, PUBLIC_URL } from '../../../../test/proconnect-agent.js';
import { startTestProvider, type TestClient, type TestProvider } from '../../../../test/proconnect-provider.js';
import { bearer, createAccount, login, startTestApp, type TestApp } from '../../../../test/test-app.js';
import { DEFAULT_PROCONNECT_SCOPES, type ProConnectConfig } from '../../../config.js';

let idp: TestProvider;
let t: TestApp;

const proconnect = (client: TestClient, issuer = idp.issuer): ProConnectConfig => ({
  issuer,
  clientId: client.clientId,
  clientSecret: client.clientSecret,
  scopes: DEFAULT_PROCONNECT_SCOPES,
  signingAlg: client.alg,
  allowInsecureHttp: true,
});

beforeAll(async () => {
  idp = await startTestProvider(PUBLIC_URL);
  t = await startTestApp({ publicUrl: PUBLIC_URL, proconnect: proconnect(idp.clients.rs256) });
});
afterAll(async () => {
  await t?.close();
  await idp?.close();
});

const signedIn = async (agent: Agent, email: string) => {
  const { res } = await agent.signIn(email);
  expect(res.status).toBe(302);
  const session = await agent.openSession(res.headers.location);
  expect(session.status).toBe(200);
  return session.body as { token: string; user: { id: number; email: string } };
};

describe('GET /api/auth/proconnect/login → provider → GET /api/auth/proconnect/callback', () => {
  it('signs in an existing account matched by e-mail whatever its case, then by the stored sub', async () => {
    const id = await createAccount(t.dataSource, 'ada.agent@numerique.gouv.fr', ['acceleration_manager']);
    idp.setIdentity('ada@login', { email: 'Ada.Agent@Numerique.gouv.fr', sub: 'sub-ada' });
    const agent = new Agent(t);
    const start = await agent.start();
    expect(start.searchParams.get('state')!.length).toBeGreaterThanOrEqual(32);
    expect(start.searchParams.get('nonce')!.length).toBeGreaterThanOrEqual(32);
    expect(start.searchParams.get('scope')).toBe('openid email given_name usual_name uid siret idp_id');
    expect(start.searchParams.get('redirect_uri')).toBe(`${PUBLIC_URL}/api/auth/proconnect/callback`);
    expect(start.searchParams.has('code_challenge')).toBe(false); // ProConnect refuses any parameter it does not list

    const { res } = await agent.signIn('ada@login');
    expect(res.status).toBe(302);
    expect(res.headers.location).toMatch(new RegExp(`^${PUBLIC_URL}/#/login\\?proconnect=[\\w-]{43}$`));
    // The one-time code opens a session only in the browser that started the sign-in.
    expect((await agent.openSession(res.headers.location, 'another-browsers-key')).status).toBe(401);
    const session = await agent.openSession(res.headers.location);
    expect(session.status).toBe(200);
    expect(session.headers['set-cookie']?.[0]).toMatch(/^aic_proconnect=;.*Max-Age=0/);
    expect(session.body.user).toMatchObject({ id, email: 'ada.agent@numerique.gouv.fr', roles: ['acceleration_manager'] });
    const me = await request(t.http).get('/api/auth/me').set(bearer(session.body.token));
    expect(me.body).toMatchObject({ id });
    const [identity] = await t.dataSource.query(`SELECT issuer, subject FROM user_identities WHERE user_id = $1`, [id]);
    expect(identity).toEqual({ issuer: idp.issuer, subject: 'sub-ada' });

    // The one-time code served once.
    expect((await agent.openSession(res.headers.location)).status).toBe(401);

    // Later, ProConnect gives another address for the same person (sub): the stored sub wins.
    idp.setIdentity('ada@login', { email: 'ada.lovelace@numerique.gouv.fr', sub: 'sub-ada' });
    idp.expireSessions();
    expect((await signedIn(new Agent(t), 'ada@login')).user.id).toBe(id);
  });

  it('refuses a tampered state, and a callback opened in another browser (400, French page, no session)', async () => {
    await createAccount(t.dataSource, 'state@numerique.gouv.fr', ['referent']);
    const agent = new Agent(t);
    const url = await agent.start();
    let step = await agent.follow(url);
    if ('loginAction' in step) step = await agent.follow(step.loginAction, { email: 'state@numerique.gouv.fr' });
    if (!('back' in step)) throw new Error('not back');
    const tampered = new URL(step.back);
    tampered.searchParams.set('state', `${step.back.searchParams.get('state')!.slice(0, -1)}x`);
    const refused = await agent.callback(tampered);
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toMatch(/^text\/html/);
    expect(refused.text).toContain('<html lang="fr">');
    expect(refused.text).toContain('Cette tentative de connexion n’est plus valable');
    expect(refused.text).not.toContain('proconnect=');

    // The genuine state, from a browser that did not start this sign-in (login CSRF): refused, and the state is spent.
    const elsewhere = await agent.callback(step.back, 'another-browsers-key');
    expect(elsewhere.status).toBe(400);
    expect((await agent.callback(step.back)).status).toBe(400);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM proconnect_flows WHERE handoff_hash IS NOT NULL AND user_id IS NOT NULL AND state = $1`, [step.back.searchParams.get('state')]);
    expect(n).toBe(0);
  });

  it('refuses a replayed code: the same callback again, and the code under a fresh state', async () => {
    await createAccount(t.dataSource, 'replay@numerique.gouv.fr', ['referent']);
    const agent = new Agent(t);
    const { back, res } = await agent.signIn('replay@numerique.gouv.fr');
    expect(res.status).toBe(302);

    const again = await agent.callback(back);
    expect(again.status).toBe(400);
    expect(again.text).toContain('n’est plus valable');

    const fresh = await agent.start();
    const replay = new URL(back);
    replay.searchParams.set('state', fresh.searchParams.get('state')!);
    const refused = await agent.callback(replay);
    expect(refused.status).toBe(401);
    expect(refused.text).toContain('La connexion n’a pas pu être vérifiée');
  });

  it('refuses an id_token whose nonce is not the one sent', async () => {
    await createAccount(t.dataSource, 'nonce@numerique.gouv.fr', ['referent']);
    const { res } = await new Agent(t).signIn('nonce@numerique.gouv.fr', (url) => url.searchParams.set('nonce', 'n'.repeat(43)));
    expect(res.status).toBe(401);
    expect(res.text).toContain('La connexion n’a pas pu être vérifiée');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = 'nonce@numerique.gouv.fr'`);
    expect(n).toBe(0);
  });

  it('tells an unknown person, and a deactivated one, in French; creates no account', async () => {
    const unknown = await new Agent(t).signIn('inconnu@culture.gouv.fr');
    expect(unknown.res.status).toBe(403);
    expect(unknown.res.text).toContain('Aucun compte pour cette adresse');
    expect(unknown.res.text).toContain('<strong>inconnu@culture.gouv.fr</strong>');
    expect(await t.dataSource.query(`SELECT id FROM users WHERE email = 'inconnu@culture.gouv.fr'`)).toEqual([]);

    await createAccount(t.dataSource, 'parti@numerique.gouv.fr', ['referent'], { active: false });
    const gone = await new Agent(t).signIn('parti@numerique.gouv.fr');
    expect(gone.res.status).toBe(403);
    expect(gone.res.text).toContain('Votre compte est désactivé');
    expect(await t.dataSource.query(`SELECT i.id FROM user_identities i JOIN users u ON u.id = i.user_id WHERE u.email = 'parti@numerique.gouv.fr'`)).toEqual([]);
  });

  it('tells the person who cancelled at the provider', async () => {
    const agent = new Agent(t);
    const step = await agent.follow(await agent.start());
    if (!('loginAction' in step)) throw new Error('expected the login step');
    const back = await agent.follow(new URL(step.loginAction.href.replace(/\/login$/, '/abort')), {});
    if (!('back' in back)) throw new Error('not back');
    expect(back.back.searchParams.get('error')).toBe('access_denied');
    const res = await agent.callback(back.back);
    expect(res.status).toBe(401);
    expect(res.text).toContain('La connexion a été interrompue');
  });

  it('registers an agent of a domain an admin opened, without a role, until an admin gives one', async () => {
    await createAccount(t.dataSource, 'admin.domains@numerique.gouv.fr', ['admin']);
    const admin = await login(t.http, 'admin.domains@numerique.gouv.fr');
    const added = await request(t.http).post('/api/self-registration-domains').set(bearer(admin)).send({ domain: '@Modernisation.gouv.fr' });
    expect(added.status).toBe(201);
    expect(added.body.domain).toBe('modernisation.gouv.fr');
    expect((await request(t.http).post('/api/self-registration-domains').set(bearer(admin)).send({ domain: 'not a domain' })).status).toBe(400);

    idp.setIdentity('nouvelle@modernisation.gouv.fr', { given_name: 'Nina', usual_name: 'Nouvelle' });
    const first = await new Agent(t).signIn('nouvelle@modernisation.gouv.fr');
    expect(first.res.status).toBe(403);
    expect(first.res.text).toContain('Votre compte a été créé');
    const [user] = await t.dataSource.query(`SELECT id, full_name, roles, active, password_hash FROM users WHERE email = 'nouvelle@modernisation.gouv.fr'`);
    expect(user).toMatchObject({ full_name: 'Nina Nouvelle', roles: [], active: true, password_hash: null });
    const [event] = await t.dataSource.query(`SELECT actor_id, action FROM audit_events WHERE resource = 'users' AND record_id = $1`, [String(user.id)]);
    expect(event).toEqual({ actor_id: user.id, action: 'create' });

    const waiting = await new Agent(t).signIn('nouvelle@modernisation.gouv.fr');
    expect(waiting.res.status).toBe(403);
    expect(waiting.res.text).toContain('Votre compte attend un rôle');
    // Another domain stays closed.
    expect((await new Agent(t).signIn('nouvelle@finances.gouv.fr')).res.status).toBe(403);

    const waitingList = await request(t.http).get('/api/users?filter={"withoutRole":true}').set(bearer(admin));
    expect(waitingList.body.map((u: { email: string }) => u.email)).toEqual(['nouvelle@modernisation.gouv.fr']);

    const given = await request(t.http).put(`/api/users/${user.id}`).set(bearer(admin)).send({ roles: ['referent'], version: 1 });
    expect(given.status).toBe(200);
    expect((await signedIn(new Agent(t), 'nouvelle@modernisation.gouv.fr')).user.id).toBe(user.id);
  });
});

describe('POST /api/users with ProConnect configured', () => {
  it('creates an account without a password, which signs in with ProConnect only', async () => {
    await createAccount(t.dataSource, 'admin.nopassword@numerique.gouv.fr', ['admin']);
    const admin = await login(t.http, 'admin.nopassword@numerique.gouv.fr');
    const created = await request(t.http).post('/api/users').set(bearer(admin)).send({ email: 'agent.pc@numerique.gouv.fr', fullName: 'Agent ProConnect', roles: ['referent'], password: '' });
    expect(created.status).toBe(201);
    const [{ password_hash }] = await t.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [created.body.id]);
    expect(password_hash).toBeNull();
    expect((await request(t.http).post('/api/auth/login').send({ email: 'agent.pc@numerique.gouv.fr', password: 'anything-at-all-long' })).status).toBe(401);
    expect((await signedIn(new Agent(t), 'agent.pc@numerique.gouv.fr')).user.id).toBe(created.body.id);
  });
});

describe('provider session and logout', () => {
  it('signs in again without the login step while the provider session lasts, and asks again once it expired', async () => {
    await createAccount(t.dataSource, 'sso@numerique.gouv.fr', ['referent']);
    const agent = new Agent(t);
    await signedIn(agent, 'sso@numerique.gouv.fr');
    const silent = await agent.follow(await agent.start());
    expect(silent).toHaveProperty('back');

    idp.expireSessions();
    const asked = await agent.follow(await agent.start());
    expect(asked).toHaveProperty('loginAction');
  });

  it('POST /api/auth/proconnect/logout ends the session here and sends the browser to end the one at the provider', async () => {
    await createAccount(t.dataSource, 'logout@numerique.gouv.fr', ['referent']);
    const agent = new Agent(t);
    const { token } = await signedIn(agent, 'logout@numerique.gouv.fr');
    const sessionsBefore = idp.sessionCount();

    const out = await request(t.http).post('/api/auth/proconnect/logout').set(bearer(token));
    expect(out.status).toBe(200);
    expect((await request(t.http).get('/api/auth/me').set(bearer(token))).status).toBe(401);
    const url = new URL(out.body.url);
    expect(url.origin + url.pathname).toBe(`${idp.issuer}/session/end`);
    expect(url.searchParams.get('id_token_hint')).toMatch(/^ey/);
    expect(url.searchParams.get('state')!.length).toBeGreaterThanOrEqual(32);
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${PUBLIC_URL}/api/auth/proconnect/logged-out`);

    const confirm = await agent.follow(url);
    if (!('page' in confirm)) throw new Error('expected the provider’s logout page');
    expect(confirm.page).toContain('Déconnexion de ProConnect');
    const back = await agent.confirmLogout(confirm.page, url);
    if (!('back' in back)) throw new Error('not back');
    expect(back.back.searchParams.get('state')).toBe(url.searchParams.get('state'));
    expect(idp.sessionCount()).toBe(sessionsBefore - 1);

    const landed = await request(t.http).get(back.back.pathname + back.back.search);
    expect(landed.status).toBe(302);
    expect(landed.headers.location).toBe(`${PUBLIC_URL}/#/login`);
    expect((await request(t.http).get(back.back.pathname + back.back.search)).status).toBe(400);
    // The provider's session is over: the next sign-in asks for the login step again.
    expect(await agent.follow(await agent.start())).toHaveProperty('loginAction');
  });

  it('logs out after the provider session expired: the provider sends the browser back all the same', async () => {
    await createAccount(t.dataSource, 'late@numerique.gouv.fr', ['referent']);
    const agent = new Agent(t);
    const { token } = await signedIn(agent, 'late@numerique.gouv.fr');
    idp.expireSessions();
    const out = await request(t.http).post('/api/auth/proconnect/logout').set(bearer(token));
    const back = await agent.follow(new URL(out.body.url));
    if (!('back' in back)) throw new Error(`not back: ${JSON.stringify(back).slice(0, 300)}`);
    expect((await request(t.http).get(back.back.pathname + back.back.search)).headers.location).toBe(`${PUBLIC_URL}/#/login`);
  });

  it('answers no provider URL for a password session', async () => {
    await createAccount(t.dataSource, 'pw.only@numerique.gouv.fr', ['referent']);
    const token = await login(t.http, 'pw.only@numerique.gouv.fr');
    const out = await request(t.http).post('/api/auth/proconnect/logout').set(bearer(token));
    expect(out.body).toEqual({ url: null });
    expect((await request(t.http).get('/api/auth/me').set(bearer(token))).status).toBe(401);
  });
});

describe('ES256 and password sign-in switched off (AUTH_PASSWORD=false)', () => {
  let es: TestApp;
  beforeAll(async () => {
    es = await startTestApp({ publicUrl: PUBLIC_URL, proconnect: proconnect(idp.clients.es256), passwordSignIn: false });
  });
  afterAll(() => es?.close());

  it('offers only ProConnect, and signs in with ES256-signed id_token and userinfo', async () => {
    expect((await request(es.http).get('/api/auth/methods')).body).toEqual({ password: false, proconnect: true });
    expect((await request(t.http).get('/api/auth/methods')).body).toEqual({ password: true, proconnect: true });
    await createAccount(es.dataSource, 'es@numerique.gouv.fr', ['programme_lead']);
    const refused = await request(es.http).post('/api/auth/login').send({ email: 'es@numerique.gouv.fr', password: 'correct-horse-battery' });
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/^La connexion par mot de passe est désactivée/);

    const agent = new Agent(es);
    const { res } = await agent.signIn('es@numerique.gouv.fr');
    expect(res.status).toBe(302);
    expect((await agent.openSession(res.headers.location)).body.user.roles).toEqual(['programme_lead']);
  });
});

describe('ProConnect down', () => {
  it('answers a French page (502) instead of the redirect', async () => {
    const down = await startTestApp({ publicUrl: PUBLIC_URL, proconnect: proconnect(idp.clients.rs256, 'http://127.0.0.1:9') });
    try {
      const res = await request(down.http).get('/api/auth/proconnect/login');
      expect(res.status).toBe(502);
      expect(res.text).toContain('ProConnect ne répond pas');
    } finally {
      await down.close();
    }
  });
});
