import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import request from 'supertest';
import { rawGet } from './raw-get.js';
import { startTestApp, type TestApp } from './test-app.js';

/** How the built admin's files travel: compressed copies made at build time, and caching that follows fingerprints. */
const script = `console.log(${JSON.stringify('admin '.repeat(400))});`;
let t: TestApp;
let dist: string;
beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'aic-admin-assets-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>AIC admin</title>');
  writeFileSync(join(dist, 'assets', 'app-Ab12Cd34.js'), script);
  writeFileSync(join(dist, 'assets', 'app-Ab12Cd34.js.br'), brotliCompressSync(script));
  writeFileSync(join(dist, 'assets', 'app-Ab12Cd34.js.gz'), gzipSync(script));
  t = await startTestApp({ adminDistDir: dist });
});
afterAll(async () => {
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('the admin files', () => {
  it('sends the brotli copy to a browser that accepts it, saying so and varying on Accept-Encoding', async () => {
    const res = await rawGet(t.http as Server, '/assets/app-Ab12Cd34.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.body.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(res.body).toString()).toBe(script);
  });

  it('sends the gzip copy, or the file itself, to clients that accept only that', async () => {
    const gz = await request(t.http).get('/assets/app-Ab12Cd34.js').set('Accept-Encoding', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.text).toBe(script); // supertest inflates gzip
    const plain = await request(t.http).get('/assets/app-Ab12Cd34.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(script);
  });

  it('lets browsers keep fingerprinted assets for a year, and revalidate index.html and client-side routes', async () => {
    expect((await request(t.http).get('/assets/app-Ab12Cd34.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/index.html', '/laureates/12/show']) {
      const res = await request(t.http).get(path);
      expect({ path, status: res.status, cache: res.headers['cache-control'] }).toEqual({ path, status: 200, cache: 'no-cache' });
    }
  });

  it('keeps API answers out of every cache', async () => {
    expect((await request(t.http).get('/api/health')).headers['cache-control']).toBe('no-store');
  });
});
