import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { bearer, createAccount, login, startTestApp, type TestApp } from '../../../test/test-app.js';
import { grantsWithMissingReport } from '../../funding/grants/grant-follow-up.js';

/** A PDF's signature followed by random bytes: detected as PDF from its content, and unique. */
const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.7\n%âãÏÓ\n'), randomBytes(bytes)]);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The first `bytes` of the running Node executable: a real program, whatever it is called. */
function executable(bytes: number): Buffer {
  const fd = openSync(process.execPath, 'r');
  const buffer = Buffer.alloc(bytes);
  readSync(fd, buffer, 0, bytes, 0);
  closeSync(fd);
  return buffer;
}

function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}


const upload = (t: TestApp, token: string, fields: Record<string, string | number>, file: Buffer, fileName: string) => {
  const req = request(t.http).post('/api/documents').set(bearer(token));
  for (const [k, v] of Object.entries(fields)) req.field(k, String(v));
  return req.attach('file', file, fileName);
};
const download = (t: TestApp, token: string, path: string) => request(t.http).get(path).set(bearer(token)).buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });

describe('documents on disk storage', () => {
  let t: TestApp;
  let p: Programme;
  let filesDir: string;
  let admin: string;
  let unassignedReferent: string;
  let grantId: number;

  beforeAll(async () => {
    filesDir = mkdtempSync(join(tmpdir(), 'aic-files-'));
    t = await startTestApp({ filesDir, maxUploadMb: 20 });
    p = await seedProgramme(t, 'docs');
    await t.dataSource.query(`INSERT INTO referent_assignments (laureate_id, user_id, kind) VALUES ($1, $2, 'interministerial')`, [p.laureates.own, p.users.referent]);
    await createAccount(t.dataSource, 'docs.admin@test.aic', ['admin']);
    admin = await login(t.http, 'docs.admin@test.aic');
    const referentB = await createAccount(t.dataSource, 'docs.referent.b@test.aic', ['referent']);
    await t.dataSource.query(`INSERT INTO referent_assignments (laureate_id, user_id, kind) VALUES ($1, $2, 'ministerial')`, [p.laureates.other, referentB]);
    unassignedReferent = p.tokens.referent;
    const grant = await request(t.http).post('/api/grants').set(bearer(p.tokens.lead)).send({ laureateId: p.laureates.own, amount: 20000, purpose: 'hiring', justificationDueOn: '2026-01-31' });
    expect(grant.status).toBe(201);
    grantId = grant.body.id;
  });
  afterAll(async () => {
    await t?.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  it('uploads a PDF and downloads it byte for byte, as an attachment with a sanitised name', async () => {
    const bytes = pdf(3 * 1024 * 1024);
    const res = await upload(t, p.tokens.manager, { laureateId: p.laureates.own, kind: 'other' }, bytes, '..\\..\\Bilan\u0007 <T1>|.pdf');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ laureateId: p.laureates.own, grantId: null, kind: 'other', title: 'Bilan T1', fileName: 'Bilan T1.pdf', mediaType: 'application/pdf', size: bytes.length, sha256: sha256(bytes), fileVersion: 1, uploadedBy: p.users.manager });
    expect(res.body).not.toHaveProperty('deletedAt');
    expect(filesUnder(filesDir)).toHaveLength(1);
    expect(statSync(filesUnder(filesDir)[0]).size).toBe(bytes.length);

    const got = await download(t, p.tokens.referent, `/api/documents/${res.body.id}/content`);
    expect(got.status).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.headers['content-disposition']).toBe(`attachment; filename="Bilan T1.pdf"; filename*=UTF-8''Bilan%20T1.pdf`);
    expect(got.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(got.body as Buffer, bytes)).toBe(0);
  });

  it('refuses a file over MAX_UPLOAD_MB with 413 and stores nothing', async () => {
    const before = filesUnder(filesDir).length;
    const res = await upload(t, p.tokens.manager, { laureateId: p.laureates.own, kind: 'other' }, pdf(21 * 1024 * 1024), 'trop-gros.pdf');
    expect(res.status).toBe(413);
    expect(res.body.message).toMatch(/Fichier trop volumineux : 20 Mo au plus/);
    expect(filesUnder(filesDir)).toHaveLength(before);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM documents WHERE file_name = 'trop-gros.pdf'`);
    expect(count).toBe(0);
  });

  it('refuses an executable renamed .pdf with 415 (the type is read from the content)', async () => {
    const before = filesUnder(filesDir).length;
    const res = await upload(t, p.tokens.manager, { laureateId: p.laureates.own, kind: 'activity_report' }, executable(1024 * 1024), 'rapport.pdf');
    expect(res.status).toBe(415);
    expect(res.body.message).toMatch(/Type de fichier non accepté/);
    expect(filesUnder(filesDir)).toHaveLength(before);
    // A CSV is text, told apart from other text by its name only.
    const csv = await upload(t, p.tokens.manager, { laureateId: p.laureates.own, kind: 'expense_justification', title: 'Dépenses' }, Buffer.from('date;montant\n2026-01-02;120,50\n'), 'dépenses.csv');
    expect([csv.status, csv.body.mediaType, csv.body.fileName]).toEqual([201, 'text/csv', 'dépenses.csv']);
  });

  it('a referent reads the documents of assigned laureates only: another laureate\'s is 404 everywhere', async () => {
    const other = await upload(t, admin, { laureateId: p.laureates.other, kind: 'other', title: 'Confidentiel' }, pdf(1000), 'autre.pdf');
    expect(other.status).toBe(201);
    const id = other.body.id;
    for (const path of [`/api/documents/${id}`, `/api/documents/${id}/content`, `/api/documents/${id}/versions`, `/api/documents/${id}/versions/1/content`]) {
      const res = await request(t.http).get(path).set(bearer(unassignedReferent));
      expect([path, res.status]).toEqual([path, 404]);
    }
    const list = await request(t.http).get('/api/documents').set(bearer(unassignedReferent));
    expect(list.status).toBe(200);
    expect(list.body.map((d: { id: number }) => d.id)).not.toContain(id);
    expect(list.body.length).toBeGreaterThan(0);
    // …and writes none, even on an assigned laureate; a manager writes their own laureate's only.
    expect((await upload(t, p.tokens.referent, { laureateId: p.laureates.own, kind: 'other' }, pdf(10), 'x.pdf')).status).toBe(403);
    expect((await upload(t, p.tokens.manager, { laureateId: p.laureates.other, kind: 'other' }, pdf(10), 'x.pdf')).status).toBe(403);
    expect((await request(t.http).delete(`/api/documents/${id}`).set(bearer(p.tokens.manager))).status).toBe(403);
  });

  it('keeps every version: a new upload becomes current, the previous one stays downloadable', async () => {
    const v1 = pdf(50_000);
    const v2 = pdf(60_000);
    const created = await upload(t, p.tokens.manager, { laureateId: p.laureates.own, kind: 'activity_report', title: 'Rapport annuel' }, v1, 'rapport-v1.pdf');
    const id = created.body.id;
    const second = await request(t.http).post(`/api/documents/${id}/versions`).set(bearer(p.tokens.manager)).attach('file', v2, 'rapport-v2.pdf');
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ id, title: 'Rapport annuel', fileVersion: 2, fileName: 'rapport-v2.pdf', size: v2.length, sha256: sha256(v2) });
    const versions = await request(t.http).get(`/api/documents/${id}/versions`).set(bearer(p.tokens.referent));
    expect(versions.body.map((v: { number: number; fileName: string; sha256: string }) => [v.number, v.fileName, v.sha256])).toEqual([
      [2, 'rapport-v2.pdf', sha256(v2)],
      [1, 'rapport-v1.pdf', sha256(v1)],
    ]);
    expect(versions.body[0]).not.toHaveProperty('storageKey');
    expect(Buffer.compare((await download(t, p.tokens.referent, `/api/documents/${id}/content`)).body, v2)).toBe(0);
    expect(Buffer.compare((await download(t, p.tokens.referent, `/api/documents/${id}/versions/1/content`)).body, v1)).toBe(0);
    expect((await request(t.http).get(`/api/documents/${id}/versions/3/content`).set(bearer(p.tokens.referent))).status).toBe(404);
  });

  it('deletion is audited and keeps the files: the document is no longer served', async () => {
    const created = await upload(t, p.tokens.manager, { laureateId: p.laureates.own, kind: 'other' }, pdf(2000), 'a-supprimer.pdf');
    const id = created.body.id;
    const files = filesUnder(filesDir).length;
    const removed = await request(t.http).delete(`/api/documents/${id}`).set(bearer(p.tokens.manager));
    expect(removed.status).toBe(200);
    expect((await request(t.http).get(`/api/documents/${id}`).set(bearer(p.tokens.manager))).status).toBe(404);
    expect((await request(t.http).get(`/api/documents/${id}/content`).set(bearer(admin))).status).toBe(404);
    expect(filesUnder(filesDir)).toHaveLength(files);
    const [event] = await t.dataSource.query(`SELECT actor_id, changes FROM audit_events WHERE resource = 'documents' AND record_id = $1 AND action = 'delete'`, [String(id)]);
    expect(event.actor_id).toBe(p.users.manager);
    expect(event.changes.fileName).toEqual({ before: 'a-supprimer.pdf', after: null });
    expect(event.changes.keptFiles.before).toEqual([expect.objectContaining({ number: 1, sha256: created.body.sha256 })]);
    const [row] = await t.dataSource.query(`SELECT deleted_at IS NOT NULL AS deleted, deleted_by FROM documents WHERE id = $1`, [id]);
    expect(row).toEqual({ deleted: true, deleted_by: p.users.manager });
  });

  it('a grant shows its signed agreement and the reports received; a report due and missing is listed for the alerts', async () => {
    const grant = async () => (await request(t.http).get(`/api/grants/${grantId}`).set(bearer(p.tokens.referent))).body;
    expect(await grant()).toMatchObject({ agreementSigned: false, reportsReceived: 0, reportMissing: true });
    expect((await grantsWithMissingReport(t.dataSource.manager)).map((g) => g.grantId)).toContain(grantId);
    // Grants' documents are written by those who write grants.
    expect((await upload(t, p.tokens.manager, { grantId, kind: 'grant_agreement' }, pdf(500), 'convention.pdf')).status).toBe(403);
    expect((await upload(t, p.tokens.lead, { grantId, kind: 'grant_agreement' }, pdf(500), 'convention.pdf')).status).toBe(201);
    expect(await grant()).toMatchObject({ agreementSigned: true, reportsReceived: 0, reportMissing: true });
    const report = await upload(t, p.tokens.lead, { grantId, kind: 'activity_report' }, pdf(500), 'compte-rendu.pdf');
    expect(report.status).toBe(201);
    expect(await grant()).toMatchObject({ agreementSigned: true, reportsReceived: 1, reportMissing: false });
    expect((await grantsWithMissingReport(t.dataSource.manager)).map((g) => g.grantId)).not.toContain(grantId);
    const list = await request(t.http).get('/api/grants').query({ filter: JSON.stringify({ laureateId: p.laureates.own }) }).set(bearer(p.tokens.manager));
    expect(list.body.find((g: { id: number }) => g.id === grantId)).toMatchObject({ agreementSigned: true, reportsReceived: 1 });
  });

  it('refuses an upload naming no record, or two', async () => {
    const none = await upload(t, p.tokens.lead, { kind: 'other' }, pdf(10), 'x.pdf');
    const two = await upload(t, p.tokens.lead, { kind: 'other', laureateId: p.laureates.own, grantId }, pdf(10), 'x.pdf');
    expect([none.status, two.status]).toEqual([400, 400]);
    const noFile = await request(t.http).post('/api/documents').set(bearer(p.tokens.lead)).field('laureateId', String(p.laureates.own)).field('kind', 'other');
    expect([noFile.status, noFile.body.errors]).toEqual([400, { file: 'Champ obligatoire' }]);
  });

  it('answers other shapes of request with 4xx, never 500', async () => {
    const json = await request(t.http).post('/api/documents').set(bearer(p.tokens.lead)).send({ laureateId: p.laureates.own, kind: 'other' });
    expect(json.status).toBe(415);
    // The file before the fields: refused before a byte is stored.
    const before = filesUnder(filesDir).length;
    const fileFirst = await request(t.http).post('/api/documents').set(bearer(p.tokens.lead)).attach('file', pdf(1000), 'x.pdf').field('laureateId', String(p.laureates.own)).field('kind', 'other');
    expect([fileFirst.status, Object.keys(fileFirst.body.errors ?? {})]).toEqual([400, ['kind']]);
    expect(filesUnder(filesDir)).toHaveLength(before);
    // A multipart body sent to a JSON route.
    const elsewhere = await request(t.http).post('/api/seasons').set(bearer(p.tokens.lead)).field('name', 'Saison multipart').field('year', '2027');
    expect(elsewhere.status).toBe(400);
    const truncated = await request(t.http).post('/api/documents').set(bearer(p.tokens.lead)).set('Content-Type', 'multipart/form-data; boundary=xyz').send('--xyz\r\nContent-Disposition: form-data; name="kind"\r\n\r\nother');
    expect(truncated.status).toBeGreaterThanOrEqual(400);
    expect(truncated.status).toBeLessThan(500);
  });

  it('answers 503 when the disk cannot be written, and records nothing', async () => {
    renameSync(filesDir, `${filesDir}.away`);
    writeFileSync(filesDir, 'a file where the directory should be');
    try {
      const res = await upload(t, p.tokens.manager, { laureateId: p.laureates.own, kind: 'other' }, pdf(1000), 'disque-plein.pdf');
      expect([res.status, res.body.message]).toEqual([503, 'Stockage des documents indisponible : réessayez plus tard']);
      const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM documents WHERE file_name = 'disque-plein.pdf'`);
      expect(count).toBe(0);
    } finally {
      rmSync(filesDir);
      renameSync(`${filesDir}.away`, filesDir);
    }
  });

  it('a laureate that has documents cannot be deleted (409 naming them)', async () => {
    const res = await request(t.http).delete(`/api/laureates/${p.laureates.other}`).set(bearer(p.tokens.lead));
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/documents/);
  });
});
