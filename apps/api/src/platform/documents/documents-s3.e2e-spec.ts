import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import request from 'supertest';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';

/**
 * The S3 adapter through the API, against a local S3-compatible server (s3rver) started here: the same
 * round-trip as on disk, a file large enough to go as a multipart upload, and what a storage that is down answers.
 */
const BUCKET = 'aic-documents';
const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(bytes)]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

let s3: S3rver;
let s3Dir: string;
let t: TestApp;
let p: Programme;

beforeAll(async () => {
  s3Dir = mkdtempSync(join(tmpdir(), 'aic-s3rver-'));
  s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET }] });
  const { port } = await s3.run();
  t = await startTestApp({
    filesDir: '/nonexistent-files-dir',
    s3: { endpoint: `http://127.0.0.1:${port}`, bucket: BUCKET, region: 'eu-west-3', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  p = await seedProgramme(t, 's3docs');
});
afterAll(async () => {
  await t?.close();
  await s3?.close().catch(() => undefined);
  rmSync(s3Dir, { recursive: true, force: true });
});

describe('documents on S3-compatible storage', () => {
  const roundTrip = async (bytes: Buffer) => {
    const res = await request(t.http).post('/api/documents').set(bearer(p.tokens.manager))
      .field('laureateId', String(p.laureates.own)).field('kind', 'activity_report').attach('file', bytes, 'rapport.pdf');
    expect([res.status, res.body.size, res.body.sha256]).toEqual([201, bytes.length, sha256(bytes)]);
    const got = await request(t.http).get(`/api/documents/${res.body.id}/content`).set(bearer(p.tokens.lead)).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
    expect(got.status).toBe(200);
    expect(got.headers['content-disposition']).toMatch(/^attachment; filename="rapport.pdf"/);
    expect(Buffer.compare(got.body as Buffer, bytes)).toBe(0);
    return res.body.id as number;
  };

  it('uploads and downloads byte for byte (one request)', async () => {
    await roundTrip(pdf(200_000));
  });

  it('uploads and downloads byte for byte a file of several parts (multipart upload of 5 MiB parts)', async () => {
    await roundTrip(pdf(12 * 1024 * 1024));
  });

  it('answers 503 when the storage is down; the documents stay listed', async () => {
    const id = await roundTrip(pdf(1000));
    await s3.close();
    const up = await request(t.http).post('/api/documents').set(bearer(p.tokens.manager))
      .field('laureateId', String(p.laureates.own)).field('kind', 'other').attach('file', pdf(1000), 'panne.pdf');
    expect([up.status, up.body.message]).toEqual([503, 'Stockage des documents indisponible : réessayez plus tard']);
    const down = await request(t.http).get(`/api/documents/${id}/content`).set(bearer(p.tokens.lead));
    expect(down.status).toBe(503);
    const list = await request(t.http).get('/api/documents').set(bearer(p.tokens.lead));
    expect(list.status).toBe(200);
    expect(list.body.map((d: { id: number }) => d.id)).toContain(id);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM documents WHERE file_name = 'panne.pdf'`);
    expect(count).toBe(0);
  });
});
