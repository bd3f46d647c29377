import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Server } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import { rawGet } from './raw-get.js';
import { accountsByRole, bearer, startTestApp, type TestApp } from './test-app.js';

/** API answers travel compressed to clients that accept it; small ones and other clients get them as they are. */
let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await startTestApp();
  token = (await accountsByRole(t, 'compression')).tokens.programme_lead;
  for (let i = 0; i < 40; i++) {
    const res = await request(t.http).post('/api/organisations').set(bearer(token)).send({ name: `Direction régionale de test n° ${i}`, kind: 'public_agency' });
    if (res.status !== 201) throw new Error(`organisation not created: ${res.status} ${JSON.stringify(res.body)}`);
  }
});
afterAll(() => t.close());

const page = '/api/organisations?sort=%5B%22name%22%2C%22ASC%22%5D&range=%5B0%2C39%5D';

describe('API answer compression', () => {
  it('compresses a list in brotli or gzip as the client asks, with the same JSON and headers', async () => {
    const plain = await rawGet(t.http as Server, page, { ...bearer(token), 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(2048);
    const br = await rawGet(t.http as Server, page, { ...bearer(token), 'Accept-Encoding': 'gzip, deflate, br' });
    const gzip = await rawGet(t.http as Server, page, { ...bearer(token), 'Accept-Encoding': 'gzip' });
    expect([br.status, br.headers['content-encoding'], gzip.headers['content-encoding']]).toEqual([200, 'br', 'gzip']);
    expect(br.body.length).toBeLessThan(plain.body.length / 4);
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(JSON.parse(plain.body.toString()));
    expect(JSON.parse(gunzipSync(gzip.body).toString())).toEqual(JSON.parse(plain.body.toString()));
    expect(br.headers['content-range']).toBe(plain.headers['content-range']);
    expect(br.headers['cache-control']).toBe('no-store');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
  });

  it('sends small answers as they are', async () => {
    const res = await rawGet(t.http as Server, '/api/health', { 'Accept-Encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.body.toString())).toEqual({ status: 'ok', database: 'up' });
  });
});
