import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { bearer, createAccount, login, startTestApp, type TestApp } from '../../../test/test-app.js';

let t: TestApp;
let p: Programme;
let admin: string;
let third: number;

beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'committees');
  await createAccount(t.dataSource, 'committees.admin@test.aic', ['admin']);
  admin = await login(t.http, 'committees.admin@test.aic');
  third = (await request(t.http).post('/api/laureates').set(bearer(p.tokens.lead)).send({ seasonId: p.seasonId, name: 'Ma Dada', track: 'dinum', accelerationManagerId: p.users.manager })).body.id;
  await request(t.http).post('/api/referent-assignments').set(bearer(p.tokens.lead)).send({ laureateId: third, userId: p.users.referent, kind: 'interministerial' });
});
afterAll(() => t.close());

const as = (token: string) => ({
  get: (url: string) => request(t.http).get(url).set(bearer(token)),
  post: (url: string, body: object = {}) => request(t.http).post(url).set(bearer(token)).send(body),
  put: (url: string, body: object) => request(t.http).put(url).set(bearer(token)).send(body),
  delete: (url: string) => request(t.http).delete(url).set(bearer(token)),
});

async function committeeWithAgenda(kind: 'acceleration' | 'engagement', laureateIds: number[]): Promise<number> {
  const committee = await as(p.tokens.lead).post('/api/committees', { seasonId: p.seasonId, kind, title: `Comité ${kind} ${Math.random()}`, heldOn: '2026-07-10' });
  expect(committee.status).toBe(201);
  for (const laureateId of laureateIds) {
    expect((await as(p.tokens.lead).post('/api/agenda-items', { committeeId: committee.body.id, laureateId, requestedFunding: 10000 })).status).toBe(201);
  }
  return committee.body.id;
}
const phases = async () =>
  Object.fromEntries((await t.dataSource.query(`SELECT id, phase, phase2_started_on::text AS p2, ended_on::text AS ended FROM laureates`)).map((r: { id: number }) => [r.id, r]));

describe('a committee\'s hours', () => {
  const create = (body: object) => as(p.tokens.lead).post('/api/committees', { seasonId: p.seasonId, kind: 'acceleration', title: `Comité horaires ${Math.random()}`, heldOn: '2026-09-15', ...body });

  it('keeps a start and an end time (HH:MM); blank means none', async () => {
    const created = await create({ startTime: '14:00', endTime: '17:30' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ startTime: '14:00', endTime: '17:30' });
    const cleared = await as(p.tokens.lead).put(`/api/committees/${created.body.id}`, { version: created.body.version, startTime: '', endTime: '' });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ startTime: null, endTime: null });
  });

  it.each([
    [{ startTime: '24:00' }, 'startTime'],
    [{ startTime: '9:30' }, 'startTime'],
    [{ startTime: '14:00:00' }, 'startTime'],
    [{ startTime: 1400 }, 'startTime'],
    [{ endTime: '17:00' }, 'endTime'],
    [{ startTime: '17:00', endTime: '17:00' }, 'endTime'],
    [{ startTime: '17:00', endTime: '09:00' }, 'endTime'],
  ])('refuses %j with a 400 naming %s, and creates nothing', async (hours, field) => {
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM committees`);
    const res = await create(hours);
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual([field]);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM committees`))[0].n).toBe(before);
  });

  it('checks an update against the hours it keeps: an end before the start kept is refused, and changes nothing', async () => {
    const created = await create({ startTime: '14:00' });
    const res = await as(p.tokens.lead).put(`/api/committees/${created.body.id}`, { version: created.body.version, endTime: '10:00' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.errors)).toEqual(['endTime']);
    expect((await as(p.tokens.lead).get(`/api/committees/${created.body.id}`)).body).toMatchObject({ version: created.body.version, startTime: '14:00', endTime: null });
  });
});

describe('POST /api/decisions', () => {
  it('validates the decision and refuses a laureate not on the agenda or decided twice (409)', async () => {
    const committeeId = await committeeWithAgenda('acceleration', [p.laureates.own]);
    const bad = await as(p.tokens.lead).post('/api/decisions', { committeeId, laureateId: p.laureates.own, outcome: 'maybe', fundingGranted: -5 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['fundingGranted', 'outcome']);
    const offAgenda = await as(p.tokens.lead).post('/api/decisions', { committeeId, laureateId: p.laureates.other, outcome: 'continue' });
    expect(offAgenda.status).toBe(409);
    expect((await as(p.tokens.lead).post('/api/decisions', { committeeId, laureateId: p.laureates.own, outcome: 'continue' })).status).toBe(201);
    const twice = await as(p.tokens.lead).post('/api/decisions', { committeeId, laureateId: p.laureates.own, outcome: 'stop' });
    expect(twice.status).toBe(409);
  });

  it('only programme leads and admins decide', async () => {
    const committeeId = await committeeWithAgenda('acceleration', [p.laureates.own]);
    expect((await as(p.tokens.manager).post('/api/decisions', { committeeId, laureateId: p.laureates.own, outcome: 'continue' })).status).toBe(403);
    expect((await as(p.tokens.referent).post('/api/decisions', { committeeId, laureateId: p.laureates.own, outcome: 'continue' })).status).toBe(403);
    expect((await as(p.tokens.manager).post('/api/committees', { seasonId: p.seasonId, kind: 'engagement', title: 'X' })).status).toBe(403);
  });
});

describe('POST /api/committees/:id/close', () => {
  it('refuses (422, naming them) while laureates on the agenda have no decision', async () => {
    const committeeId = await committeeWithAgenda('acceleration', [p.laureates.own, p.laureates.other]);
    await as(p.tokens.lead).post('/api/decisions', { committeeId, laureateId: p.laureates.own, outcome: 'continue' });
    const res = await as(p.tokens.lead).post(`/api/committees/${committeeId}/close`);
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('Vikidia');
    expect(res.body.undecided).toEqual([{ laureateId: p.laureates.other, name: 'Vikidia' }]);
    expect((await as(p.tokens.lead).get(`/api/committees/${committeeId}`)).body.status).toBe('planned');
  });

  it('changes nothing when applying a decision fails midway', async () => {
    const committeeId = await committeeWithAgenda('acceleration', [p.laureates.own, p.laureates.other]);
    await as(p.tokens.lead).post('/api/decisions', { committeeId, laureateId: p.laureates.own, outcome: 'continue' });
    await as(p.tokens.lead).post('/api/decisions', { committeeId, laureateId: p.laureates.other, outcome: 'stop' });
    const before = await phases();
    // As the owner: the application role the API runs as may not create triggers.
    await t.asOwner(`CREATE FUNCTION fail_on_vikidia() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.name = 'Vikidia' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$`);
    await t.asOwner(`CREATE TRIGGER fail_on_vikidia BEFORE UPDATE ON laureates FOR EACH ROW EXECUTE FUNCTION fail_on_vikidia()`);
    try {
      const res = await as(p.tokens.lead).post(`/api/committees/${committeeId}/close`);
      expect(res.status).toBe(500);
    } finally {
      await t.asOwner(`DROP TRIGGER fail_on_vikidia ON laureates; DROP FUNCTION fail_on_vikidia()`);
    }
    expect(await phases()).toEqual(before);
    expect((await as(p.tokens.lead).get(`/api/committees/${committeeId}`)).body.status).toBe('planned');
  });

  it('applies an acceleration committee: continue → phase2, stop → completed; idempotent; decisions frozen', async () => {
    const committeeId = await committeeWithAgenda('acceleration', [p.laureates.own, p.laureates.other]);
    await as(p.tokens.lead).post('/api/decisions', { committeeId, laureateId: p.laureates.own, outcome: 'continue_with_conditions', conditions: 'Recruter un·e salarié·e' });
    const stop = await as(p.tokens.lead).post('/api/decisions', { committeeId, laureateId: p.laureates.other, outcome: 'stop' });
    const preview = await as(p.tokens.lead).get(`/api/committees/${committeeId}/closing-preview`);
    expect(preview.body.map((c: { name: string; to: string }) => `${c.name}→${c.to}`).sort()).toEqual(['Infoclimat→phase2', 'Vikidia→completed']);
    const closed = await as(p.tokens.lead).post(`/api/committees/${committeeId}/close`);
    expect(closed.status).toBe(200);
    expect(closed.body.committee.status).toBe('closed');
    const after = await phases();
    expect(after[p.laureates.own]).toMatchObject({ phase: 'phase2', p2: '2026-07-10' });
    expect(after[p.laureates.other]).toMatchObject({ phase: 'completed', ended: '2026-07-10' });
    const events = (await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n;
    const again = await as(p.tokens.lead).post(`/api/committees/${committeeId}/close`);
    expect(again.status).toBe(200);
    expect(again.body.changes).toEqual([]);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events`))[0].n).toBe(events);
    const edit = await as(p.tokens.lead).put(`/api/decisions/${stop.body.id}`, { outcome: 'continue', version: stop.body.version });
    expect(edit.status).toBe(409);
    expect((await as(p.tokens.lead).delete(`/api/decisions/${stop.body.id}`)).status).toBe(409);
    expect((await as(p.tokens.lead).post('/api/agenda-items', { committeeId, laureateId: third })).status).toBe(409);
    const audited = await t.dataSource.query(`SELECT record_id FROM audit_events WHERE resource = 'laureates' AND action = 'update' AND changes ? 'phase'`);
    expect(audited.map((r: { record_id: string }) => Number(r.record_id)).sort()).toEqual([p.laureates.own, p.laureates.other].sort());
  });

  it('applies an engagement committee: the renewed laureates complete the season', async () => {
    const committeeId = await committeeWithAgenda('engagement', [p.laureates.own]);
    await as(p.tokens.lead).post('/api/decisions', { committeeId, laureateId: p.laureates.own, outcome: 'continue' });
    expect((await as(p.tokens.lead).post(`/api/committees/${committeeId}/close`)).status).toBe(200);
    expect((await phases())[p.laureates.own]).toMatchObject({ phase: 'completed', p2: '2026-07-10', ended: '2026-07-10' });
  });
});

describe('funding', () => {
  it('refuses a grant over the season envelope with the figures (409), unless a programme lead overrides (audited)', async () => {
    const first = await as(p.tokens.lead).post('/api/grants', { laureateId: p.laureates.own, amount: 400000.5, purpose: 'hiring' });
    expect(first.status).toBe(201);
    expect(first.body.amount).toBe(400000.5);
    const over = await as(p.tokens.lead).post('/api/grants', { laureateId: third, amount: 100000, purpose: 'legal' });
    expect(over.status).toBe(409);
    expect(over.body).toMatchObject({ envelope: 500000, alreadyGranted: 400000.5, requested: 100000, total: 500000.5 });
    expect((await as(admin).post('/api/grants', { laureateId: third, amount: 100000, purpose: 'legal', overrideEnvelope: true })).status).toBe(403);
    const overridden = await as(p.tokens.lead).post('/api/grants', { laureateId: third, amount: 100000, purpose: 'legal', overrideEnvelope: true });
    expect(overridden.status).toBe(201);
    const [event] = await t.dataSource.query(`SELECT changes, actor_email FROM audit_events WHERE resource = 'seasons' AND changes ? 'envelopeOverride'`);
    expect(event.actor_email).toBe('committees.lead@test.aic');
    expect(event.changes.envelopeOverride.after).toMatchObject({ envelope: 500000, total: 500000.5 });
    const overview = await as(p.tokens.lead).get(`/api/funding-overview?seasonId=${p.seasonId}`);
    expect(overview.body).toMatchObject({ envelope: 500000, granted: 500000.5, paid: 0, remaining: -0.5, laureatesFunded: 2 });
  });

  it('a decision with funding proposes a grant, counted against the envelope', async () => {
    const committeeId = await committeeWithAgenda('acceleration', [p.laureates.other]);
    const res = await as(p.tokens.lead).post('/api/decisions', { committeeId, laureateId: p.laureates.other, outcome: 'continue', fundingGranted: 1000 });
    expect(res.status).toBe(409); // the envelope is already exhausted
    expect((await as(p.tokens.lead).get(`/api/decisions?filter=${JSON.stringify({ committeeId })}`)).body).toEqual([]);
    const ok = await as(p.tokens.lead).post('/api/decisions', { committeeId, laureateId: p.laureates.other, outcome: 'continue', fundingGranted: 1000, overrideEnvelope: true });
    expect(ok.status).toBe(201);
    const grants = await as(p.tokens.lead).get(`/api/grants?filter=${JSON.stringify({ decisionId: ok.body.id })}`);
    expect(grants.body).toMatchObject([{ amount: 1000, status: 'proposed', laureateId: p.laureates.other }]);
    const raise = await as(p.tokens.lead).put(`/api/decisions/${ok.body.id}`, { ...ok.body, fundingGranted: 5000 });
    expect(raise.status).toBe(409);
    const unchanged = (await as(p.tokens.lead).get(`/api/decisions/${ok.body.id}`)).body;
    expect(unchanged).toMatchObject({ fundingGranted: 1000, version: ok.body.version });
    const confirmed = await as(p.tokens.lead).put(`/api/decisions/${ok.body.id}`, { ...unchanged, fundingGranted: 5000, overrideEnvelope: true });
    expect(confirmed.status).toBe(200);
    expect((await as(p.tokens.lead).get(`/api/grants?filter=${JSON.stringify({ decisionId: ok.body.id })}`)).body[0].amount).toBe(5000);
  });

  it('refuses disbursements over the grant (409) and follows payment in the grant status', async () => {
    const [grant] = (await as(p.tokens.lead).get(`/api/grants?filter=${JSON.stringify({ laureateId: p.laureates.own })}`)).body;
    expect((await as(p.tokens.lead).post('/api/disbursements', { grantId: grant.id, amount: 200000, paidOn: '2026-08-01' })).status).toBe(201);
    expect((await as(p.tokens.lead).get(`/api/grants/${grant.id}`)).body.status).toBe('partially_paid');
    const over = await as(p.tokens.lead).post('/api/disbursements', { grantId: grant.id, amount: 200000.51, paidOn: '2026-09-01' });
    expect(over.status).toBe(409);
    expect(over.body.errors).toHaveProperty('amount');
    expect((await as(p.tokens.lead).post('/api/disbursements', { grantId: grant.id, amount: 200000.5, paidOn: '2026-09-01' })).status).toBe(201);
    expect((await as(p.tokens.lead).get(`/api/grants/${grant.id}`)).body.status).toBe('paid');
    const shrink = await as(p.tokens.lead).put(`/api/grants/${grant.id}`, { amount: 1000, version: (await as(p.tokens.lead).get(`/api/grants/${grant.id}`)).body.version });
    expect(shrink.status).toBe(409);
    expect((await as(p.tokens.manager).post('/api/disbursements', { grantId: grant.id, amount: 1, paidOn: '2026-09-01' })).status).toBe(403);
  });
});

describe('briefing pack and access', () => {
  it('builds the briefing from live data, as JSON and as a PDF', async () => {
    const committeeId = await committeeWithAgenda('acceleration', [third]);
    await as(p.tokens.manager).post('/api/actions', { laureateId: third, axis: 'integrate', supportType: 'networking', title: 'Rencontre SIAF', status: 'done' });
    await as(p.tokens.manager).post('/api/partnerships', { laureateId: third, organisationId: p.organisations.directorate, purpose: 'expertise', status: 'agreement' });
    await as(p.tokens.manager).post('/api/partnerships', { laureateId: third, organisationId: p.organisations.directorate, purpose: 'funding', status: 'identified' });
    const briefing = await as(p.tokens.lead).get(`/api/committees/${committeeId}/briefing`);
    expect(briefing.status).toBe(200);
    const [item] = briefing.body.items;
    expect(item.laureate).toMatchObject({ name: 'Ma Dada', phase: 'phase1' });
    expect(item.progress.find((x: { axis: string }) => x.axis === 'integrate')).toMatchObject({ actionsDone: 1, actionsTotal: 1 });
    expect(item.actionsDoneSince.map((a: { title: string }) => a.title)).toEqual(['Rencontre SIAF']);
    // Engaged partners by name; the pipeline counted.
    expect(item.partners).toEqual([{ organisationName: expect.stringContaining('Archives'), purpose: 'expertise', status: 'agreement' }]);
    expect(item.partnerCounts).toEqual({ agreement: 1, identified: 1 });
    expect(briefing.body.summary).toMatchObject({ decided: 0, undecided: 1, fundingRequested: 10000 });
    const pdf = await as(p.tokens.lead).get(`/api/committees/${committeeId}/briefing.pdf`).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`attachment; filename="dossier-comite-${committeeId}.pdf"`);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a referent reads only committees and decisions concerning their laureates', async () => {
    const mine = await committeeWithAgenda('acceleration', [third]);
    const notMine = await committeeWithAgenda('acceleration', [p.laureates.other]);
    const list = await as(p.tokens.referent).get('/api/committees?range=[0,99]');
    const ids = list.body.map((c: { id: number }) => c.id);
    expect(ids).toContain(mine);
    expect(ids).not.toContain(notMine);
    expect((await as(p.tokens.referent).get(`/api/committees/${notMine}`)).status).toBe(404);
    expect((await as(p.tokens.referent).get(`/api/committees/${notMine}/briefing`)).status).toBe(404);
  });

  it("a manager writes the briefing notes of their laureates' agenda items, nothing else", async () => {
    const committeeId = await committeeWithAgenda('acceleration', [third, p.laureates.other]);
    const items = (await as(p.tokens.manager).get(`/api/agenda-items?filter=${JSON.stringify({ committeeId })}`)).body;
    const own = items.find((i: { laureateId: number }) => i.laureateId === third);
    const other = items.find((i: { laureateId: number }) => i.laureateId === p.laureates.other);
    const notes = await as(p.tokens.manager).put(`/api/agenda-items/${own.id}`, { ...own, briefingNotes: 'Projet prêt pour la Phase 2' });
    expect(notes.status).toBe(200);
    expect((await as(p.tokens.manager).put(`/api/agenda-items/${own.id}`, { ...notes.body, requestedFunding: 999999 })).status).toBe(403);
    expect((await as(p.tokens.manager).put(`/api/agenda-items/${other.id}`, { ...other, briefingNotes: 'X' })).status).toBe(403);
    expect((await as(p.tokens.manager).post('/api/agenda-items', { committeeId, laureateId: p.laureates.own })).status).toBe(403);
  });
});
