import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import request from 'supertest';
import { accountsByRole, bearer, startTestApp, type TestApp } from '../../../test/test-app.js';
import { REPO_ROOT } from '../../config.js';
import { ApplicationImportsService } from './application-imports.service.js';

let t: TestApp;
let lead: string;
let callId: number;
let otherCallId: number;

const SAMPLE = readFileSync(resolve(REPO_ROOT, 'docs/samples/demarches-simplifiees-export.csv'));

const upload = (body: Buffer | string, call = callId, type = 'text/csv') =>
  request(t.http).post(`/api/application-imports?callId=${call}&fileName=export.csv`).set(bearer(lead)).set('Content-Type', type).send(Buffer.from(body));

/** Starts the import with the mapping given (or the proposed one) and waits for its end, as the admin polls. */
async function runImport(id: number, mapping?: Record<string, string | null>) {
  const proposed = mapping ?? (await request(t.http).get(`/api/application-imports/${id}`).set(bearer(lead))).body.mapping;
  const started = await request(t.http).post(`/api/application-imports/${id}/run`).set(bearer(lead)).send({ mapping: proposed });
  expect(started.status).toBe(202);
  await t.app.get(ApplicationImportsService).running.get(id);
  return (await request(t.http).get(`/api/application-imports/${id}`).set(bearer(lead))).body;
}

const applications = (call = callId) =>
  t.dataSource.query(`SELECT reference, project_name, carrier_name, carrier_kind, contact_email, status, source_state, answers, submitted_at FROM applications WHERE call_id = $1 ORDER BY reference`, [call]);

beforeAll(async () => {
  t = await startTestApp();
  lead = (await accountsByRole(t, 'imports')).tokens.programme_lead;
  const [{ id: seasonId }] = await t.dataSource.query(`INSERT INTO seasons (name, year) VALUES ('Saison import', 2023) RETURNING id`);
  [{ id: callId }] = await t.dataSource.query(`INSERT INTO calls (season_id, track, title) VALUES ($1, 'dinum', 'Appel DINUM') RETURNING id`, [seasonId]);
  [{ id: otherCallId }] = await t.dataSource.query(`INSERT INTO calls (season_id, track, title) VALUES ($1, 'ditp', 'Appel DITP') RETURNING id`, [seasonId]);
});
afterAll(() => t.close());

describe('POST /api/application-imports (upload)', () => {
  it('reads the sample export, previews it and proposes the mapping from the DS headers', async () => {
    const res = await upload(SAMPLE);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ callId, format: 'csv', status: 'uploaded', totalRows: 20, processedRows: 0 });
    expect(res.body.preview).toHaveLength(10);
    expect(res.body.mapping).toMatchObject({ reference: 'ID', projectName: 'Nom du projet', carrierName: 'Association titre', carrierKind: 'Type de structure porteuse', contactEmail: 'Email', submittedAt: 'Déposé le', sourceState: 'État du dossier', track: 'Pilotage' });
    expect(res.body).not.toHaveProperty('content');
  });

  it('refuses a malformed, empty, oversized or non-UTF-8 file with 400 and a clear message', async () => {
    const broken = await upload('ID,Nom du projet\n1,"jamais fermé\n');
    expect(broken.status).toBe(400);
    expect(broken.body.message).toMatch(/^Fichier CSV mal formé/);
    expect((await upload('ID,Nom du projet\n')).body.message).toMatch(/aucun dossier/);
    const huge = await upload(Buffer.alloc(21 * 1024 * 1024, 'a'));
    expect(huge.status).toBe(400);
    expect(huge.body.message).toBe('Fichier trop volumineux : 20 Mo au plus');
    expect((await upload(Buffer.from([0x49, 0x44, 0x0a, 0xe9, 0x0a]))).body.message).toMatch(/UTF-8/);
    const xlsx = await upload(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100)]), callId, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.status).toBe(400);
    expect(xlsx.body.message).toMatch(/^Fichier XLSX illisible/);
    expect((await upload('ID,ID\n1,2\n')).body.message).toBe('Colonne en double dans le fichier : ID');
    expect((await upload(SAMPLE, 999999)).status).toBe(404);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM application_imports`))[0].n).toBe(1);
  });

  it('is for programme leads and admins only', async () => {
    const { tokens } = await accountsByRole(t, 'imports2');
    const res = await request(t.http).post(`/api/application-imports?callId=${callId}`).set(bearer(tokens.acceleration_manager)).set('Content-Type', 'text/csv').send(SAMPLE);
    expect(res.status).toBe(403);
  });
});

describe('POST /api/application-imports/:id/run', () => {
  it('imports the sample: rows of the call’s track, the others listed with their reason, progress at 100 %', async () => {
    const [{ id }] = await t.dataSource.query(`SELECT id FROM application_imports ORDER BY id LIMIT 1`);
    const done = await runImport(id);
    expect(done).toMatchObject({ status: 'done', totalRows: 20, processedRows: 20, createdCount: 14, updatedCount: 0, errorCount: 6, error: null });
    const rows = await applications();
    expect(rows).toHaveLength(14);
    expect(rows[0]).toMatchObject({
      reference: '21000',
      project_name: 'Jardins partagés du Val',
      carrier_name: 'Association Les Jardins du Val',
      carrier_kind: 'association',
      contact_email: 'contact1@exemple.test',
      status: 'received',
      source_state: 'en_construction',
    });
    expect(rows[0].submitted_at.toISOString()).toBe('2023-03-01T08:20:00.000Z');
    // Every unmapped column, in the file's order.
    expect(rows[0].answers.map((a: { label: string }) => a.label)).toEqual(['Archivé', 'Entreprise raison sociale', 'Public visé', 'Ressource commune', 'Gouvernance partagée']);
    const errors = await request(t.http).get(`/api/application-imports/${id}/row-errors`).set(bearer(lead));
    expect(errors.body).toHaveLength(6);
    expect(errors.body[0]).toMatchObject({ row: 4, reference: '21074', reasons: [{ fr: "Dossier du pilotage DITP, l'appel est DINUM" }] });
    const csv = await request(t.http).get(`/api/application-imports/${id}/row-errors.csv`).set(bearer(lead));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toMatch(/^Ligne;Motif;ID;Email;/);
    expect(lines[1]).toMatch(/^4;Dossier du pilotage DITP, l'appel est DINUM;21074;/);
    // An import runs once.
    expect((await request(t.http).post(`/api/application-imports/${id}/run`).set(bearer(lead)).send({ mapping: done.mapping })).status).toBe(409);
  });

  it('re-import updates by file number, never duplicates, and keeps the status the team set', async () => {
    await t.dataSource.query(`UPDATE applications SET status = 'eligible', eligibility_reason = 'Association, commun numérique' WHERE call_id = $1 AND reference = '21000'`, [callId]);
    const changed = SAMPLE.toString().replace('Jardins partagés du Val', 'Jardins partagés du Val (v2)').replace('21000,contact1@exemple.test,2023-03-01 10:20:00 +0200,En construction', '21000,contact1@exemple.test,2023-03-01 10:20:00 +0200,En instruction');
    const uploaded = await upload(changed);
    const done = await runImport(uploaded.body.id);
    expect(done).toMatchObject({ status: 'done', createdCount: 0, updatedCount: 1, unchangedCount: 13, errorCount: 6 });
    const rows = await applications();
    expect(rows).toHaveLength(14);
    expect(rows[0]).toMatchObject({ project_name: 'Jardins partagés du Val (v2)', source_state: 'en_instruction', status: 'eligible' });
    const audit = await t.dataSource.query(`SELECT action, changes FROM audit_events WHERE resource = 'applications' AND changes->'projectName'->>'after' = 'Jardins partagés du Val (v2)'`);
    expect(audit).toEqual([{ action: 'update', changes: expect.objectContaining({ projectName: { before: 'Jardins partagés du Val', after: 'Jardins partagés du Val (v2)' }, sourceState: { before: 'en_construction', after: 'en_instruction' } }) }]);
  });

  it('matches reordered and renamed columns, `;` with a BOM, and remembers the lead’s mapping for the call', async () => {
    const file = '\uFEFFIntitulé;Structure;N° dossier;Déposé le;Territoire\r\n"Projet; un";Asso Un;A-1;12/04/2023 10:00;Lyon, Rhône\r\nProjet deux;Asso Deux;A-2;;Paris\r\n';
    const first = await upload(file, otherCallId);
    expect(first.body.mapping).toMatchObject({ reference: null, projectName: null, submittedAt: 'Déposé le' });
    const mapping = { ...first.body.mapping, reference: 'N° dossier', projectName: 'Intitulé', carrierName: 'Structure' };
    const bad = await request(t.http).post(`/api/application-imports/${first.body.id}/run`).set(bearer(lead)).send({ mapping: { ...mapping, summary: 'Absente' } });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({ 'mapping.summary': "Cette colonne n'est pas dans le fichier" });
    expect(await runImport(first.body.id, mapping)).toMatchObject({ status: 'done', createdCount: 2, errorCount: 0 });
    expect(await applications(otherCallId)).toMatchObject([
      { reference: 'A-1', project_name: 'Projet; un', carrier_name: 'Asso Un', answers: [{ label: 'Territoire', value: 'Lyon, Rhône' }] },
      { reference: 'A-2', project_name: 'Projet deux', submitted_at: null },
    ]);
    // The next export of the form moved and re-spelt the columns: the remembered mapping still finds them.
    const next = await upload('territoire;N° DOSSIER;intitule;structure\r\nLille;A-3;Projet trois;Asso Trois\r\n', otherCallId);
    expect(next.body.mapping).toMatchObject({ reference: 'N° DOSSIER', projectName: 'intitule', carrierName: 'structure' });
  });

  it('reads an XLSX export', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Dossiers');
    sheet.addRow(['N° dossier', 'Intitulé', 'Structure', 'Déposé le']);
    sheet.addRow(['A-9', 'Projet neuf', 'Asso Neuf', new Date(Date.UTC(2023, 3, 12, 10, 0, 0))]);
    const res = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), otherCallId, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.body).toMatchObject({ format: 'xlsx', totalRows: 1, mapping: { reference: 'N° dossier', projectName: 'Intitulé' } });
    expect(await runImport(res.body.id)).toMatchObject({ status: 'done', createdCount: 1 });
    const [row] = await t.dataSource.query(`SELECT submitted_at FROM applications WHERE reference = 'A-9'`);
    expect(row.submitted_at.toISOString()).toBe('2023-04-12T08:00:00.000Z');
  });

  it('per-row errors: the valid rows are imported, each bad row listed with every reason and a duplicate file number refused', async () => {
    const file = 'N° dossier,Intitulé,Structure,Email\nB-1,Bon,Asso,b1@exemple.test\nB-2,,Asso,pas-un-email\nB-1,Doublon,Asso,\n,Sans numéro,Asso,\n';
    const res = await upload(file, otherCallId);
    const done = await runImport(res.body.id);
    expect(done).toMatchObject({ status: 'done', createdCount: 1, errorCount: 3 });
    const errors = (await request(t.http).get(`/api/application-imports/${res.body.id}/row-errors`).set(bearer(lead)).set('Accept-Language', 'en')).body;
    expect(errors.map((e: { row: number; reasons: { en: string }[] }) => [e.row, e.reasons.map((r) => r.en)])).toEqual([
      [3, ['Missing project name', 'Invalid e-mail address: pas-un-email']],
      [4, ['File number already seen on row 2']],
      [5, ['Missing file number']],
    ]);
  });

  it('a fatal error midway leaves the database as it was, and says so on the import', async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `F-${i},Projet ${i},Asso ${i}`);
    const res = await upload(`N° dossier,Intitulé,Structure\n${rows.join('\n')}\n`, otherCallId);
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM applications`);
    const audits = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE resource = 'applications'`);
    // The database refuses a row of the third chunk (after two chunks were written in the transaction).
    await t.asOwner(`CREATE FUNCTION refuse_f2100() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.reference = 'F-2100' THEN RAISE EXCEPTION 'disque plein (simulé)'; END IF; RETURN NEW; END $$`);
    await t.asOwner(`CREATE TRIGGER refuse_f2100 BEFORE INSERT ON applications FOR EACH ROW EXECUTE FUNCTION refuse_f2100()`);
    try {
      const done = await runImport(res.body.id);
      expect(done.status).toBe('failed');
      expect(done.error).toEqual({ fr: 'Import interrompu, rien n’a été enregistré : disque plein (simulé)', en: 'Import stopped, nothing was saved: disque plein (simulé)' });
      expect(done.processedRows).toBe(2000);
    } finally {
      await t.asOwner(`DROP TRIGGER refuse_f2100 ON applications; DROP FUNCTION refuse_f2100()`);
    }
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM applications`)).toEqual(before);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE resource = 'applications'`)).toEqual(audits);
    // Once the cause is gone, the same upload can be run again.
    expect(await runImport(res.body.id)).toMatchObject({ status: 'done', createdCount: 2500 });
  });

  it('an import left running by a process that died is marked failed once seen, and can be run again; a live one is left alone', async () => {
    const res = await upload('N° dossier,Intitulé,Structure\nO-1,Projet orphelin,Asso\n', otherCallId);
    const id = res.body.id as number;
    const get = async () => (await request(t.http).get(`/api/application-imports/${id}`).set(bearer(lead))).body;
    // What a crash leaves: 'running' since long ago, and no process holding the run's lock.
    await t.dataSource.query(`UPDATE application_imports SET status = 'running', started_at = now() - interval '5 minutes' WHERE id = $1`, [id]);
    // Still running while a process holds the lock (a live run in another API instance).
    const holder = await t.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`SELECT pg_advisory_xact_lock(1766201, $1)`, [id]);
    try {
      expect((await get()).status).toBe('running');
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
    // Just started (within the minute of grace): left alone.
    await t.dataSource.query(`UPDATE application_imports SET started_at = now() WHERE id = $1`, [id]);
    expect((await get()).status).toBe('running');
    // Its process gone: failed, with the reason, then run again to the end.
    await t.dataSource.query(`UPDATE application_imports SET started_at = now() - interval '5 minutes' WHERE id = $1`, [id]);
    expect(await get()).toMatchObject({ status: 'failed', error: { fr: expect.stringContaining('arrêt du serveur'), en: expect.stringContaining('server shutdown') } });
    expect(await runImport(id)).toMatchObject({ status: 'done', createdCount: 1 });
  });
});
