import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { accountsByRole, bearer, createAccount, login, startTestApp, type TestApp } from './test-app.js';

/**
 * What clients see of the HTTP layer itself (bodies, limits, headers, CORS, client address), whatever
 * server framework is underneath: react-admin, the benchmark and reverse proxies rely on it.
 */
const OTHER_TOOL = 'https://other-tool.example';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await startTestApp({ corsOrigins: [OTHER_TOOL] });
  admin = (await accountsByRole(t, 'contract')).tokens.admin;
});
afterAll(() => t.close());

const season = { name: 'Saison contrat', year: 2031, callOpensOn: '2030-12-17', accompanimentStartsOn: '2031-04-14', accompanimentEndsOn: '2031-11-29', status: 'closed' };

async function createSeason(name: string): Promise<number> {
  const res = await request(t.http).post('/api/seasons').set(bearer(admin)).send({ ...season, name });
  expect(res.status).toBe(201);
  return res.body.id;
}

const expectNoStackTrace = (body: unknown) => expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts)/);

describe('request bodies', () => {
  it('answers 413 with a JSON error for a body over 100 KiB', async () => {
    const res = await request(t.http).post('/api/seasons').set(bearer(admin)).send({ ...season, name: 'x'.repeat(110 * 1024) });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ statusCode: 413, message: 'Corps de la requête trop volumineux' });
    expectNoStackTrace(res.body);
    const english = await request(t.http).post('/api/seasons').set(bearer(admin)).set('Accept-Language', 'en').send({ ...season, name: 'x'.repeat(110 * 1024) });
    expect(english.body).toEqual({ statusCode: 413, message: 'Request body too large' });
  });

  it('reads an empty JSON body as {}: 400 naming the fields on a create or an update', async () => {
    const created = await request(t.http).post('/api/seasons').set(bearer(admin)).set('Content-Type', 'application/json');
    expect(created.status).toBe(400);
    expect(created.body.errors).toHaveProperty('name');
    const id = await createSeason('Saison vide');
    const updated = await request(t.http).put(`/api/seasons/${id}`).set(bearer(admin)).set('Content-Type', 'application/json');
    expect(updated.status).toBe(400);
    expect(updated.body.errors).toHaveProperty('version');
  });

  it('accepts an empty JSON body where a route reads none (react-admin fetchJson POST without body)', async () => {
    await createAccount(t.dataSource, 'contract.logout@test.aic', ['referent']);
    const token = await login(t.http, 'contract.logout@test.aic');
    const res = await request(t.http).post('/api/auth/logout').set(bearer(token)).set('Content-Type', 'application/json');
    expect(res.status).toBe(204);
  });

  it('accepts a DELETE sent as text/plain without a body (ra-data-simple-rest)', async () => {
    for (const [name, send] of [
      ['Saison sans corps', (r: request.Test) => r],
      ['Saison corps vide', (r: request.Test) => r.send('')],
    ] as const) {
      const id = await createSeason(name);
      const res = await send(request(t.http).delete(`/api/seasons/${id}`).set(bearer(admin)).set('Content-Type', 'text/plain'));
      expect(res.status).toBe(200);
      expect(res.body.id).toBe(id);
    }
  });

  it('ignores a body of a type it does not read, as before', async () => {
    const res = await request(t.http).post('/api/seasons').set(bearer(admin)).set('Content-Type', 'application/xml').send('<season/>');
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveProperty('name');
  });
});

describe('response headers', () => {
  it('sends the same security headers on answers and errors, without HSTS nor X-Powered-By', async () => {
    for (const res of [await request(t.http).get('/api/health'), await request(t.http).get('/api/nothing-here')]) {
      expect(res.headers['content-security-policy']).toBe(
        "default-src 'self';base-uri 'self';font-src 'self' data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;" +
          "object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';connect-src 'self'",
      );
      expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'referrer-policy': 'no-referrer' });
      expect(res.headers['strict-transport-security']).toBeUndefined();
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('answers an unknown route with a JSON 404 naming it, in French unless English is asked for', async () => {
    const res = await request(t.http).get('/api/nothing-here').set(bearer(admin));
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.body).toEqual({ statusCode: 404, message: 'Route inconnue : GET /api/nothing-here' });
    const english = await request(t.http).get('/api/nothing-here').set(bearer(admin)).set('Accept-Language', 'en');
    expect(english.body).toEqual({ statusCode: 404, message: 'Cannot GET /api/nothing-here' });
  });

  it('answers a malformed URL or an overlong id with a 400 in the same shape, in the language asked for', async () => {
    for (const [path, fr, en] of [
      ['/api/organisations/%E0%A4%A', 'Adresse (URL) mal formée', 'Malformed URL'],
      [`/api/organisations/${'1'.repeat(120)}`, 'Nombre entier attendu', 'Whole number expected'],
    ]) {
      const res = await request(t.http).get(path).set(bearer(admin));
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ statusCode: 400, message: fr });
      expectNoStackTrace(res.body);
      const english = await request(t.http).get(path).set(bearer(admin)).set('Accept-Language', 'en-GB,en;q=0.9');
      expect(english.body).toEqual({ statusCode: 400, message: en });
      expect(english.headers.vary).toMatch(/Accept-Language/);
    }
  });

  it('routes like Express did: a trailing slash and the letter case of the path do not matter', async () => {
    for (const path of ['/api/health/', '/API/Health']) expect((await request(t.http).get(path)).status).toBe(200);
    const res = await request(t.http).get('/API/Seasons/').set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.headers['content-range']).toMatch(/^seasons /);
  });

  it('keeps API answers (personal data) out of every cache: Cache-Control no-store, no ETag', async () => {
    const list = await request(t.http).get('/api/seasons').set(bearer(admin));
    expect(list.headers['cache-control']).toBe('no-store');
    expect(list.headers.etag).toBeUndefined();
    expect((await request(t.http).get('/api/seasons/999999').set(bearer(admin))).headers['cache-control']).toBe('no-store');
  });
});

describe('request id', () => {
  it('answers the X-Request-Id given by the client and records it with the change it made', async () => {
    const created = await request(t.http).post('/api/seasons').set(bearer(admin)).set('X-Request-Id', 'contract-trace-1').send({ ...season, name: 'Saison tracée' });
    expect(created.headers['x-request-id']).toBe('contract-trace-1');
    const [event] = await t.dataSource.query(`SELECT request_id FROM audit_events WHERE resource = 'seasons' AND record_id = $1`, [String(created.body.id)]);
    expect(event.request_id).toBe('contract-trace-1');
  });
});

describe('CORS for the allowed origins', () => {
  it('answers a preflight for every method react-admin uses', async () => {
    const res = await request(t.http)
      .options('/api/seasons/1')
      .set('Origin', OTHER_TOOL)
      .set('Access-Control-Request-Method', 'DELETE')
      .set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(OTHER_TOOL);
    expect(res.headers['access-control-allow-methods']?.split(',').map((m: string) => m.trim())).toEqual(
      expect.arrayContaining(['GET', 'HEAD', 'PUT', 'PATCH', 'POST', 'DELETE']),
    );
    expect(res.headers['access-control-allow-headers']).toBe('authorization,content-type');
  });

  it('exposes the list headers and the request id', async () => {
    const res = await request(t.http).get('/api/seasons').set(bearer(admin)).set('Origin', OTHER_TOOL);
    expect(res.headers['access-control-allow-origin']).toBe(OTHER_TOOL);
    expect(res.headers['access-control-expose-headers']).toBe('Content-Range,X-Total-Capped,X-Request-Id');
  });

  it('varies an error answer with the origin and the language', async () => {
    const res = await request(t.http).get('/api/seasons/999999').set(bearer(admin)).set('Origin', OTHER_TOOL);
    expect(res.status).toBe(404);
    expect(res.headers.vary).toBe('Origin, Accept-Language');
  });
});

describe('client address (login throttling)', () => {
  const failedLoginIp = async (app: TestApp, email: string, forwardedFor: string) => {
    await request(app.http).post('/api/auth/login').set('X-Forwarded-For', forwardedFor).send({ email, password: 'wrong-password' });
    const [row] = await app.dataSource.query(`SELECT ip FROM login_attempts WHERE email = $1`, [email]);
    return row.ip as string;
  };

  async function withApp(overrides: Parameters<typeof startTestApp>[0], work: (app: TestApp) => Promise<void>) {
    const app = await startTestApp(overrides);
    try {
      await work(app);
    } finally {
      await app.close();
    }
  }

  it('believes X-Forwarded-For from a proxy on the loopback (TRUST_PROXY default), up to the first untrusted hop', async () => {
    expect(await failedLoginIp(t, 'xff-one@test.aic', '203.0.113.7')).toBe('203.0.113.7');
    expect(await failedLoginIp(t, 'xff-chain@test.aic', '198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
  });

  it('with a hop count (TRUST_PROXY=1), believes that many proxies in front', async () => {
    await withApp({ trustProxy: 1 }, async (app) => {
      expect(await failedLoginIp(app, 'xff-hop@test.aic', '198.51.100.1, 203.0.113.9')).toBe('203.0.113.9');
    });
  });

  it('with TRUST_PROXY=false, keeps the address of the connection', async () => {
    await withApp({ trustProxy: false }, async (app) => {
      expect(await failedLoginIp(app, 'xff-none@test.aic', '203.0.113.7')).toMatch(/127\.0\.0\.1|::1/);
    });
  });
});
