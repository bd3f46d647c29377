import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { accountsByRole, bearer, startTestApp, type TestApp } from './test-app.js';

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp();
  token = (await accountsByRole(t, 'platform')).tokens.admin;
});
afterAll(() => t.close());

describe('platform', () => {
  it('GET /api/health checks the database, without a session', async () => {
    const res = await request(t.http).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('sets security headers and a request id on every answer', async () => {
    const res = await request(t.http).get('/api/health').set('X-Request-Id', 'trace-123');
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect((await request(t.http).get('/api/health')).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers malformed JSON and unknown routes with JSON errors, never a stack trace', async () => {
    const bad = await request(t.http).post('/api/seasons').set(bearer(token)).set('Content-Type', 'application/json').send('{"name": ');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ statusCode: 400, message: 'Corps de la requête : JSON invalide' });
    const english = await request(t.http).post('/api/seasons').set(bearer(token)).set('Accept-Language', 'en').set('Content-Type', 'application/json').send('{"name": ');
    expect(english.body).toEqual({ statusCode: 400, message: 'Request body: invalid JSON' });
    expect(JSON.stringify(bad.body)).not.toMatch(/at .*\.js/);
    const missing = await request(t.http).get('/api/nothing-here').set(bearer(token));
    expect(missing.status).toBe(404);
    expect(missing.body.statusCode).toBe(404);
  });

  it('serves the OpenAPI document at /api/docs', async () => {
    const res = await request(t.http).get('/api/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/organisations', '/api/auth/login', '/api/audit-events']));
    expect((await request(t.http).get('/api/docs')).status).toBe(200);
  });
});
