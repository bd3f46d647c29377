import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { assign, seedApplication, seedCall, seedEvaluator, seedSeason } from '../../../test/selection-fixtures.js';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let p: Programme;
let season: number;
let call: number;
let jury: { id: number; token: string };
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'applications');
  season = await seedSeason(t, 'Saison candidatures');
  call = await seedCall(t, season, 'dinum');
  jury = await seedEvaluator(t, 'jury.candidatures@test.aic', 'jury');
  ids.meteo = await seedApplication(t, call, { reference: 'DS-1', projectName: 'Réseau météo citoyen', carrierName: 'Les Amis du Ciel', summary: 'Stations météorologiques partagées' });
  ids.ecole = await seedApplication(t, call, { reference: 'DS-2', projectName: 'Encyclopédie junior', carrierName: 'Académie de Créteil', carrierKind: 'administration', summary: 'Savoirs pour les élèves' });
  ids.sport = await seedApplication(t, call, { reference: 'DS-3', projectName: 'Sport pour tous', carrierName: 'Club inclusif', summary: 'Activités adaptées' });
  ids.promoted = await seedApplication(t, call, { reference: 'DS-4', projectName: 'Infoclimat', status: 'selected', laureateId: p.laureates.own });
  ids.otherPromoted = await seedApplication(t, call, { reference: 'DS-5', projectName: 'Vikidia', status: 'selected', laureateId: p.laureates.other });
  await assign(t, ids.meteo, jury.id, 'jury');
  await t.dataSource.query(`INSERT INTO referent_assignments (laureate_id, user_id, kind) VALUES ($1, $2, 'interministerial')`, [p.laureates.own, p.users.referent]);
});
afterAll(() => t.close());

const get = (path: string, token: string) => request(t.http).get(path).set(bearer(token));
const references = (body: Array<{ reference: string }>) => body.map((a) => a.reference).sort();

describe('/api/calls', () => {
  it('one call per season and track, with weights that can rank (400) and dates in order (400)', async () => {
    const other = await seedSeason(t, 'Saison appels');
    const post = (body: object) => request(t.http).post('/api/calls').set(bearer(p.tokens.lead)).send({ seasonId: other, track: 'ditp', title: 'Appel DITP', ...body });
    const created = await post({ impactWeight: 2 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', impactWeight: 2, generalInterestWeight: 1, juryWeight: 1, citizenWeight: 1 });
    expect((await post({})).status).toBe(409);
    const zero = await post({ track: 'dinum', generalInterestWeight: 0, impactWeight: 0, maturityWeight: 0, carrierWeight: 0, sharedGovernanceWeight: 0 });
    expect([zero.status, Object.keys(zero.body.errors)]).toEqual([400, ['generalInterestWeight']]);
    const noPanel = await post({ track: 'dinum', juryWeight: 0, citizenWeight: 0 });
    expect([noPanel.status, Object.keys(noPanel.body.errors)]).toEqual([400, ['juryWeight']]);
    const dates = await post({ track: 'dinum', opensOn: '2026-03-01', closesOn: '2026-02-01' });
    expect([dates.status, Object.keys(dates.body.errors)]).toEqual([400, ['closesOn']]);
  });

  it('a call with applications keeps its season, and is not deleted (409)', async () => {
    const [{ version }] = await t.dataSource.query(`SELECT version FROM calls WHERE id = $1`, [call]);
    const moved = await request(t.http).put(`/api/calls/${call}`).set(bearer(p.tokens.lead)).send({ seasonId: p.seasonId, version });
    expect([moved.status, Object.keys(moved.body.errors)]).toEqual([400, ['seasonId']]);
    expect((await request(t.http).delete(`/api/calls/${call}`).set(bearer(p.tokens.lead))).status).toBe(409);
  });
});

describe('GET /api/applications', () => {
  it('searches project, carrier and summary, whatever the accents and case', async () => {
    const search = async (q: string) => references((await get(`/api/applications?filter=${encodeURIComponent(JSON.stringify({ q, callId: call }))}`, p.tokens.lead)).body);
    expect(await search('meteo')).toEqual(['DS-1']);
    expect(await search('ACADEMIE creteil')).toEqual(['DS-2']);
    expect(await search('adaptées')).toEqual(['DS-3']);
    expect(await search('ciel stations')).toEqual(['DS-1']);
    expect(await search('introuvable')).toEqual([]);
  });

  it('a lead reads every application; an evaluator only those assigned to them, without the contact', async () => {
    expect(references((await get(`/api/applications?filter=${encodeURIComponent(JSON.stringify({ callId: call }))}`, p.tokens.lead)).body)).toEqual(['DS-1', 'DS-2', 'DS-3', 'DS-4', 'DS-5']);
    const list = await get('/api/applications', jury.token);
    expect([list.status, references(list.body), list.headers['content-range']]).toEqual([200, ['DS-1'], 'applications 0-0/1']);
    expect(list.body[0]).not.toHaveProperty('contactEmail');
    expect(list.body[0]).not.toHaveProperty('contactName');
    const one = await get(`/api/applications/${ids.meteo}`, jury.token);
    expect([one.status, one.body.projectName, one.body.contactEmail]).toEqual([200, 'Réseau météo citoyen', undefined]);
    expect((await get(`/api/applications/${ids.ecole}`, jury.token)).status).toBe(404);
  });

  it('a manager or referent reads an application only once promoted, and only if they read its laureate', async () => {
    expect(references((await get('/api/applications', p.tokens.manager)).body)).toEqual(['DS-4', 'DS-5']);
    expect(references((await get('/api/applications', p.tokens.referent)).body)).toEqual(['DS-4']);
    expect((await get(`/api/applications/${ids.meteo}`, p.tokens.manager)).status).toBe(404);
    expect((await get(`/api/applications/${ids.otherPromoted}`, p.tokens.referent)).status).toBe(404);
    const own = await get(`/api/applications/${ids.promoted}`, p.tokens.referent);
    expect([own.status, own.body.laureateId]).toEqual([200, p.laureates.own]);
  });
});

describe('POST /api/applications', () => {
  it("takes its season from its call; the reference is unique per call (409); SIRET typed with spaces is kept as digits", async () => {
    const body = { callId: call, reference: 'DS-100', projectName: 'Jardins partagés', carrierName: 'Collectif Vert', carrierSiret: '123 456 789 00012', answers: [{ label: 'Territoire', value: 'Lyon' }] };
    const created = await request(t.http).post('/api/applications').set(bearer(p.tokens.lead)).send(body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ seasonId: season, status: 'received', carrierSiret: '12345678900012', answers: [{ label: 'Territoire', value: 'Lyon' }], laureateId: null });
    expect((await request(t.http).post('/api/applications').set(bearer(p.tokens.lead)).send(body)).status).toBe(409);
    const bad = await request(t.http).post('/api/applications').set(bearer(p.tokens.lead)).send({ ...body, reference: 'DS-101', answers: [{ label: 'x', value: 3 }], carrierSiret: '123' });
    expect([bad.status, bad.body.errors]).toEqual([400, { answers: 'Liste de réponses { label, value } attendue (textes)', carrierSiret: 'SIRET invalide (14 chiffres)' }]);
  });
});

describe('application statuses', () => {
  const state = async (id: number) => (await t.dataSource.query(`SELECT status, version, eligibility_reason AS "eligibilityReason", status_reason AS "statusReason" FROM applications WHERE id = $1`, [id]))[0];
  const put = async (id: number, body: object) => request(t.http).put(`/api/applications/${id}`).set(bearer(p.tokens.lead)).send({ ...body, version: (await state(id)).version });

  it('refuses an impossible move with a bilingual 409 naming the possible ones', async () => {
    const id = await seedApplication(t, call, { reference: 'ST-1' });
    const res = await put(id, { status: 'selected' });
    expect(res.status).toBe(409);
    expect(res.body.message).toBe('Passage impossible de « reçue » à « sélectionnée » (candidature ST-1) ; possibles : éligible, inéligible, retirée');
    const english = await request(t.http).put(`/api/applications/${id}`).set(bearer(p.tokens.lead)).set('Accept-Language', 'en').send({ status: 'selected', version: (await state(id)).version });
    expect(english.body.message).toBe('Cannot move from “received” to “selected” (application ST-1); possible: eligible, ineligible, withdrawn');
    expect((await state(id)).status).toBe('received');
  });

  it('ineligible needs a reason, kept as the eligibility reason; the allowed path goes through', async () => {
    const id = await seedApplication(t, call, { reference: 'ST-2' });
    const noReason = await put(id, { status: 'ineligible' });
    expect([noReason.status, Object.keys(noReason.body.errors)]).toEqual([400, ['eligibilityReason']]);
    const ineligible = await put(id, { status: 'ineligible', eligibilityReason: "Ni association ni administration" });
    expect([ineligible.status, ineligible.body.eligibilityReason]).toEqual([200, 'Ni association ni administration']);
    for (const status of ['eligible', 'shortlisted', 'selected', 'rejected']) expect([status, (await put(id, { status })).status]).toEqual([status, 200]);
    expect((await put(id, { status: 'shortlisted' })).status).toBe(409); // rejected is final
    expect((await state(id)).status).toBe('rejected');
  });

  it('a promoted application no longer changes status (409)', async () => {
    const res = await put(ids.promoted, { status: 'rejected' });
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/déjà devenue un lauréat/);
  });

  it('changes many at once, all or nothing, with one audit event per application', async () => {
    const a = await seedApplication(t, call, { reference: 'BK-1' });
    const b = await seedApplication(t, call, { reference: 'BK-2' });
    const bulk = (body: object) => request(t.http).post('/api/applications/bulk-status').set(bearer(p.tokens.lead)).send(body);
    const d = await seedApplication(t, call, { reference: 'BK-4', status: 'withdrawn' });
    const none = await bulk({ ids: [a, b, d], status: 'eligible', reason: 'Association, intérêt général' });
    expect(none.status).toBe(409);
    expect(none.body.refused.map((r: { reference: string; status: string }) => [r.reference, r.status])).toEqual([['BK-4', 'withdrawn']]);
    expect([(await state(a)).status, (await state(b)).status]).toEqual(['received', 'received']);
    const missing = await bulk({ ids: [a, 2_000_000_000], status: 'eligible' });
    expect([missing.status, Object.keys(missing.body.errors)]).toEqual([400, ['ids']]);
    const ok = await bulk({ ids: [a, b], status: 'eligible', reason: 'Association, intérêt général' });
    expect([ok.status, ok.body]).toEqual([200, { ids: [a, b].sort((x, y) => x - y), changed: 2 }]);
    expect(await state(a)).toMatchObject({ status: 'eligible', eligibilityReason: 'Association, intérêt général', statusReason: 'Association, intérêt général' });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE resource = 'applications' AND record_id = ANY($1) AND action = 'update'`, [[String(a), String(b)]]);
    expect(n).toBe(2);
    expect((await bulk({ ids: [a], status: 'ineligible' })).status).toBe(400); // a reason is needed
  });
});

describe("a season's funnel and the letters of the applications not retained", () => {
  let funnelSeason: number;
  beforeAll(async () => {
    funnelSeason = await seedSeason(t, 'Saison entonnoir', 2027);
    const dinum = await seedCall(t, funnelSeason, 'dinum');
    const ditp = await seedCall(t, funnelSeason, 'ditp');
    // dinum: 2 received, 1 ineligible (association), 1 eligible then rejected, 1 shortlisted, 1 selected (administration),
    // 1 rejected after scoring (assigned), 1 withdrawn before anything; ditp: 1 received (both), 1 selected (association).
    await seedApplication(t, dinum, { reference: 'F-1' });
    await seedApplication(t, dinum, { reference: 'F-2', carrierKind: null });
    await seedApplication(t, dinum, { reference: 'F-3', status: 'ineligible', contactEmail: 'refus@example.test', projectName: '=HYPERLINK("http://x")' });
    await t.dataSource.query(`UPDATE applications SET eligibility_reason = 'Ni association ni administration' WHERE reference = 'F-3'`);
    await seedApplication(t, dinum, { reference: 'F-4', status: 'rejected', contactName: 'Alix; "Fictif"' });
    await seedApplication(t, dinum, { reference: 'F-5', status: 'shortlisted' });
    await seedApplication(t, dinum, { reference: 'F-6', status: 'selected', carrierKind: 'administration' });
    const scored = await seedApplication(t, dinum, { reference: 'F-7', status: 'rejected' });
    await assign(t, scored, jury.id, 'jury');
    await seedApplication(t, dinum, { reference: 'F-8', status: 'withdrawn' });
    await seedApplication(t, ditp, { reference: 'F-9', carrierKind: 'both' });
    await seedApplication(t, ditp, { reference: 'F-10', status: 'selected' });
  });

  it('counts what reached each step, in all, by carrier kind and by track (hand-counted)', async () => {
    const res = await get(`/api/selection-funnel?seasonId=${funnelSeason}`, p.tokens.lead);
    expect(res.status).toBe(200);
    expect(res.body.steps).toEqual(['received', 'eligible', 'shortlisted', 'selected']);
    expect(res.body.total).toEqual({ received: 10, eligible: 5, shortlisted: 4, selected: 2 });
    expect(res.body.byTrack).toEqual([
      { track: 'dinum', received: 8, eligible: 4, shortlisted: 3, selected: 1 },
      { track: 'ditp', received: 2, eligible: 1, shortlisted: 1, selected: 1 },
    ]);
    expect(res.body.byCarrierKind).toEqual([
      { carrierKind: 'association', received: 7, eligible: 4, shortlisted: 3, selected: 1 },
      { carrierKind: 'administration', received: 1, eligible: 1, shortlisted: 1, selected: 1 },
      { carrierKind: 'both', received: 1, eligible: 0, shortlisted: 0, selected: 0 },
      { carrierKind: 'other', received: 0, eligible: 0, shortlisted: 0, selected: 0 },
      { carrierKind: null, received: 1, eligible: 0, shortlisted: 0, selected: 0 },
    ]);
    expect((await get(`/api/selection-funnel?seasonId=${funnelSeason}`, jury.token)).status).toBe(403);
  });

  it('exports the ineligible and rejected applications with their e-mails as a safe CSV, audited', async () => {
    const res = await get(`/api/applications/rejected.csv?seasonId=${funnelSeason}`, p.tokens.lead).buffer(true).parse((r, done) => {
      let text = '';
      r.setEncoding('utf8');
      r.on('data', (chunk: string) => (text += chunk));
      r.on('end', () => done(null, text));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="candidatures-non-retenues-2027-${funnelSeason}.csv"`);
    const lines = (res.body as string).split('\r\n');
    expect(lines[0]).toBe('\ufeffRéférence;Projet;Porteur;Contact;E-mail;Statut;Motif;Appel');
    expect(lines.slice(1)).toEqual([
      `F-3;"'=HYPERLINK(""http://x"")";Association F-3;Dominique Fictif;refus@example.test;inéligible;Ni association ni administration;Appel dinum ${funnelSeason}`,
      `F-4;Projet F-4;Association F-4;"Alix; ""Fictif""";contact.f-4@example.test;non retenue;;Appel dinum ${funnelSeason}`,
      `F-7;Projet F-7;Association F-7;Dominique Fictif;contact.f-7@example.test;non retenue;;Appel dinum ${funnelSeason}`,
      '',
    ]);
    const [event] = await t.dataSource.query(`SELECT action, changes FROM audit_events WHERE resource = 'seasons' AND record_id = $1 AND action = 'export'`, [String(funnelSeason)]);
    expect(event.changes).toEqual({ rejectedApplications: { before: null, after: { rows: 3 } } });
    expect((await get(`/api/applications/rejected.csv?seasonId=${funnelSeason}`, jury.token)).status).toBe(403);
  });
});
