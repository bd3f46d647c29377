import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApp, type TestApp } from './test-app.js';

/** The API serves the built admin (apps/admin/dist) on the same origin, with client-side routes falling back to index.html. */
let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'aic-admin-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>AIC admin</title>');
  writeFileSync(join(dist, 'assets', 'app.js'), 'console.log("admin");');
  t = await startTestApp({ adminDistDir: dist });
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the admin SPA', () => {
  it('serves index.html at the root, with the security headers', async () => {
    const res = await request(t.http).get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toContain('AIC admin');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('serves the built assets', async () => {
    const res = await request(t.http).get('/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.text).toBe('console.log("admin");');
  });

  it('answers index.html for a client-side route', async () => {
    const res = await request(t.http).get('/laureates/12/show');
    expect(res.status).toBe(200);
    expect(res.text).toContain('AIC admin');
  });

  it('leaves /api to the API: an unknown API route is a JSON 404, not the SPA', async () => {
    for (const path of ['/api/nothing-here', '/api/organisations/1/nothing']) {
      const res = await request(t.http).get(path);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ statusCode: 404, message: `Route inconnue : GET ${path}` });
    }
    expect((await request(t.http).get('/api/health')).body).toEqual({ status: 'ok', database: 'up' });
  });

  it('answers 404 to other methods outside /api', async () => {
    expect((await request(t.http).post('/laureates').send({})).status).toBe(404);
  });
});
