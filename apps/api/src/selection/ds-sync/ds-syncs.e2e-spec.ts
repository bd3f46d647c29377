import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { type DsTestServer, startDsTestServer } from '../../../test/ds/ds-test-server.js';
import { accountsByRole, bearer, startTestApp, type TestApp } from '../../../test/test-app.js';
import type { DsDossier } from './ds-client.js';
import { DsSyncScheduler } from './ds-sync.scheduler.js';
import { DsSyncsService } from './ds-syncs.service.js';

let t: TestApp;
let ds: DsTestServer;
let lead: string;
let callId: number;
let syncId: number;
const PROCEDURE = 4242;

const dossier = (number: number, modified: string, project = `Projet ${number}`): DsDossier & { demarche: number } => ({
  demarche: PROCEDURE,
  number,
  state: 'en_construction',
  archived: false,
  dateDepot: '2023-04-01T10:00:00+02:00',
  dateDerniereModification: modified,
  usager: { email: `porteur${number}@exemple.test` },
  demandeur: { __typename: 'PersonneMorale', siret: '13000000000001', entreprise: { raisonSociale: 'Entreprise' }, association: { rna: 'W751000001', titre: `Association ${number}` } },
  champs: [
    { id: 'C1', label: 'Nom du projet', stringValue: project },
    { id: 'C2', label: 'Résumé du projet', stringValue: 'Un commun.' },
    { id: 'C3', label: 'Public visé', stringValue: 'Tout public' },
  ],
});

const sync = async () => (await request(t.http).get(`/api/ds-syncs/${syncId}`).set(bearer(lead))).body;
/** Asks for a run and waits for its end, as the admin polls. */
async function runSync() {
  const res = await request(t.http).post(`/api/ds-syncs/${syncId}/run`).set(bearer(lead));
  expect(res.status).toBe(202);
  expect(res.body.status).toBe('running');
  await t.app.get(DsSyncsService).running.get(syncId);
  return sync();
}
const applications = () => t.dataSource.query(`SELECT reference, project_name, carrier_name, status, source_deleted_at, answers FROM applications WHERE call_id = $1 ORDER BY reference::int`, [callId]);

beforeAll(async () => {
  ds = await startDsTestServer(100);
  process.env.DS_API_URL = ds.baseUrl;
  process.env.DS_API_TOKEN = ds.token;
  process.env.DS_SYNC_INTERVAL_MINUTES = '0';
  t = await startTestApp();
  lead = (await accountsByRole(t, 'ds')).tokens.programme_lead;
  const [{ id: seasonId }] = await t.dataSource.query(`INSERT INTO seasons (name, year) VALUES ('Saison DS', 2023) RETURNING id`);
  [{ id: callId }] = await t.dataSource.query(`INSERT INTO calls (season_id, track, title) VALUES ($1, 'dinum', 'Appel DINUM') RETURNING id`, [seasonId]);
  // 250 files: three pages of 100.
  for (let n = 1; n <= 250; n++) ds.dossiers.set(n, dossier(n, new Date(Date.UTC(2023, 4, 1, 0, n)).toISOString()));
});
afterAll(async () => {
  await t.close();
  await ds.close();
  for (const name of ['DS_API_URL', 'DS_API_TOKEN', 'DS_SYNC_INTERVAL_MINUTES']) delete process.env[name];
});

describe('/api/ds-syncs', () => {
  it('a programme lead sets a call’s procedure; others may not', async () => {
    const { tokens } = await accountsByRole(t, 'ds2');
    expect((await request(t.http).post('/api/ds-syncs').set(bearer(tokens.acceleration_manager)).send({ callId, procedureNumber: PROCEDURE })).status).toBe(403);
    const res = await request(t.http).post('/api/ds-syncs').set(bearer(lead)).send({ callId, procedureNumber: PROCEDURE });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ callId, procedureNumber: PROCEDURE, enabled: true, status: 'never', lastError: null });
    syncId = res.body.id;
  });

  it('first run: every page, files mapped as the export’s columns', async () => {
    ds.requests.length = 0;
    const done = await runSync();
    expect(done).toMatchObject({ status: 'succeeded', lastError: null, lastCounts: { fetched: 250, created: 250, updated: 0, deleted: 0, rejected: 0 } });
    expect(ds.requests.filter((r) => 'updatedSince' in r.variables)).toHaveLength(3);
    expect(ds.requests[0].variables).toMatchObject({ number: PROCEDURE, updatedSince: null, after: null });
    const rows = await applications();
    expect(rows).toHaveLength(250);
    expect(rows[0]).toMatchObject({ reference: '1', project_name: 'Projet 1', carrier_name: 'Association 1', status: 'received', answers: expect.arrayContaining([{ label: 'Public visé', value: 'Tout public' }]) });
    expect(new Date(done.updatedSince).toISOString()).toBe(new Date(Date.UTC(2023, 4, 1, 0, 250)).toISOString());
  });

  it('second run: only what changed since, deleted files withdrawn, a team status kept', async () => {
    await t.dataSource.query(`UPDATE applications SET status = 'eligible' WHERE call_id = $1 AND reference = '3'`, [callId]);
    ds.dossiers.set(7, dossier(7, '2023-06-01T10:00:00Z', 'Projet 7 renommé'));
    ds.dossiers.set(251, dossier(251, '2023-06-02T10:00:00Z'));
    ds.deleted.push({ demarche: PROCEDURE, number: 2, dateSupression: '2023-06-03T10:00:00Z' }, { demarche: PROCEDURE, number: 3, dateSupression: '2023-06-03T11:00:00Z' });
    ds.requests.length = 0;
    const done = await runSync();
    // The last file of the previous run (modified at its `updatedSince`) comes again, unchanged.
    expect(done.lastCounts).toEqual({ fetched: 3, created: 1, updated: 1, unchanged: 1, deleted: 2, rejected: 0, rateLimited: 0 });
    expect(ds.requests[0].variables.updatedSince).toBe(new Date(Date.UTC(2023, 4, 1, 0, 250)).toISOString());
    const rows = await applications();
    expect(rows).toHaveLength(251);
    expect(rows.find((r: { reference: string }) => r.reference === '7').project_name).toBe('Projet 7 renommé');
    expect(rows.filter((r: { source_deleted_at: Date | null }) => r.source_deleted_at).map((r: { reference: string; status: string }) => [r.reference, r.status])).toEqual([
      ['2', 'withdrawn'],
      ['3', 'eligible'],
    ]);
    expect(new Date(done.deletedSince).toISOString()).toBe('2023-06-03T11:00:00.000Z');
  });

  it('a 429 waits RateLimit-Reset seconds, then the run goes on', async () => {
    ds.rateLimit(1, 1);
    ds.dossiers.set(8, dossier(8, '2023-07-01T10:00:00Z', 'Projet 8 renommé'));
    const started = Date.now();
    const done = await runSync();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(done).toMatchObject({ status: 'succeeded', lastCounts: { rateLimited: 1, updated: 1 } });
    expect(ds.requests.filter((r) => r.status === 429)).toHaveLength(1);
  });

  it('a root-level GraphQL error fails the run, leaves the data and the starting point unchanged, and shows the error', async () => {
    for (let n = 300; n < 420; n++) ds.dossiers.set(n, dossier(n, new Date(Date.UTC(2023, 7, 1, 0, n - 300)).toISOString()));
    const before = await sync();
    const rows = await applications();
    ds.failDossiersPage(2);
    try {
      const done = await runSync();
      expect(done).toMatchObject({ status: 'failed', lastError: 'GraphQL: Erreur interne de la plateforme (page 2)', updatedSince: before.updatedSince, lastSucceededAt: before.lastSucceededAt });
    } finally {
      ds.failDossiersPage(null);
    }
    expect(await applications()).toEqual(rows);
    expect((await runSync()).lastCounts).toMatchObject({ fetched: 121, created: 120 });
  });

  it('two runs at once: one runs, the other is refused', async () => {
    ds.delayMs = 300;
    try {
      const [a, b] = await Promise.all([request(t.http).post(`/api/ds-syncs/${syncId}/run`).set(bearer(lead)), request(t.http).post(`/api/ds-syncs/${syncId}/run`).set(bearer(lead))]);
      expect([a.status, b.status].sort()).toEqual([202, 409]);
      expect([a, b].find((r) => r.status === 409)!.body.message).toBe('Une synchronisation de cet appel est déjà en cours');
      // Another API instance (here: the scheduler's path) skips it too.
      expect(await t.app.get(DsSyncsService).launch(syncId, null)).toBe('busy');
      await t.app.get(DsSyncsService).running.get(syncId);
    } finally {
      ds.delayMs = 0;
    }
    expect((await sync()).status).toBe('succeeded');
    expect(await t.app.get(DsSyncsService).launch(syncId, null)).toBe('started');
    await t.app.get(DsSyncsService).running.get(syncId);
  });

  it('runs on a schedule, every enabled sync, and not a disabled one', async () => {
    const [{ id: seasonId }] = await t.dataSource.query(`INSERT INTO seasons (name, year) VALUES ('Saison DS 2', 2024) RETURNING id`);
    const [{ id: otherCall }] = await t.dataSource.query(`INSERT INTO calls (season_id, track, title) VALUES ($1, 'dinum', 'Appel désactivé') RETURNING id`, [seasonId]);
    const [{ id: disabled }] = await t.dataSource.query(`INSERT INTO ds_syncs (call_id, procedure_number, enabled) VALUES ($1, 4343, false) RETURNING id`, [otherCall]);
    const before = (await sync()).lastStartedAt;
    ds.dossiers.set(9, dossier(9, '2023-09-01T10:00:00Z', 'Projet 9 planifié'));
    process.env.DS_SYNC_INTERVAL_MINUTES = '0.005'; // 0.3 s
    const scheduler = new DsSyncScheduler(t.app.get(DsSyncsService));
    scheduler.onApplicationBootstrap();
    try {
      for (let i = 0; i < 100 && (await sync()).lastStartedAt === before; i++) await new Promise((r) => setTimeout(r, 100));
    } finally {
      await scheduler.onApplicationShutdown();
      process.env.DS_SYNC_INTERVAL_MINUTES = '0';
    }
    expect((await sync()).lastStartedAt).not.toBe(before);
    const [{ project_name }] = await t.dataSource.query(`SELECT project_name FROM applications WHERE call_id = $1 AND reference = '9'`, [callId]);
    expect(project_name).toBe('Projet 9 planifié');
    expect((await request(t.http).get(`/api/ds-syncs/${disabled}`).set(bearer(lead))).body).toMatchObject({ status: 'never', lastStartedAt: null });
  });
});
