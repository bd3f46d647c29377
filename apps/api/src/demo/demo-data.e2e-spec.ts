import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@aic/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { bearer, login, startTestApp, type TestApp } from '../../test/test-app.js';
import { readPdf } from '../../test/pdf-reader.js';
import { seedDemoIfEmpty } from './seed-demo.js';
import { seedDemoDocuments } from './seed-documents.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: true });
  expect(await seedDemoIfEmpty(t.dataSource, () => {})).toBe(true);
});
afterAll(() => t.close());

describe('demo data', () => {
  it('is loaded once: a second run changes nothing', async () => {
    expect(await seedDemoIfEmpty(t.dataSource, () => {})).toBe(false);
  });

  it('has every demo account, with the demo password, listed on the login page', async () => {
    for (const account of DEMO_ACCOUNTS) expect(await login(t.http, account.email, DEMO_PASSWORD)).toBeTruthy();
    const res = await request(t.http).get('/api/auth/demo-accounts');
    expect(res.body.map((a: { email: string }) => a.email)).toEqual(DEMO_ACCOUNTS.map((a) => a.email));
  });

  it('has seasons 1 and 2 with the published dates', async () => {
    const token = await login(t.http, 'pilote@demo.aic.test', DEMO_PASSWORD);
    const res = await request(t.http).get('/api/seasons').query({ sort: '["year","ASC"]' }).set(bearer(token));
    expect(res.body.map((s: { year: number }) => s.year)).toEqual([2022, 2023]);
    expect(res.body[0]).toMatchObject({ accompanimentStartsOn: '2022-04-14', accompanimentEndsOn: '2022-11-29', status: 'closed' });
    expect(res.body[1]).toMatchObject({ callClosesOn: '2023-05-02' });
  });

  it('has the public organisations of the booklet with their hierarchy', async () => {
    const token = await login(t.http, 'pilote@demo.aic.test', DEMO_PASSWORD);
    const find = async (q: string) => (await request(t.http).get('/api/organisations').query({ filter: JSON.stringify({ q }) }).set(bearer(token))).body;
    const [dinum] = await find('DINUM');
    const [etalab] = await find('etalab');
    expect(etalab.parentId).toBe(dinum.id);
    expect(await find('meteo france')).toHaveLength(1);
    expect((await find('archives de france'))[0].acronym).toBe('SIAF');
  });

  it('has the 9 season-1 laureates, all completed, exactly the 5 renewed ones with a Phase 2', async () => {
    const token = await login(t.http, 'pilote@demo.aic.test', DEMO_PASSWORD);
    const [season1] = (await request(t.http).get('/api/seasons').query({ filter: '{"year":2022}' }).set(bearer(token))).body;
    const laureates = await request(t.http).get('/api/laureates').query({ filter: JSON.stringify({ seasonId: season1.id }), range: '[0,99]' }).set(bearer(token));
    expect(laureates.headers['content-range']).toBe('laureates 0-8/9');
    expect(laureates.body.map((l: { name: string }) => l.name).sort()).toEqual(
      ['Infoclimat', 'Ma Dada', 'Open Data University', 'Parlons démocratie', 'Permis de construire', 'Service National Universel Augmenté', 'Sport inclusif', 'Vikidia', 'Vivons en forme'].sort(),
    );
    expect(new Set(laureates.body.map((l: { phase: string }) => l.phase))).toEqual(new Set(['completed']));
    const renewed = await request(t.http).get('/api/laureates').query({ filter: JSON.stringify({ seasonId: season1.id, renewed: true }) }).set(bearer(token));
    expect(renewed.body.map((l: { name: string }) => l.name).sort()).toEqual(['Infoclimat', 'Ma Dada', 'Permis de construire', 'Sport inclusif', 'Vikidia']);
    const infoclimat = laureates.body.find((l: { name: string }) => l.name === 'Infoclimat');
    const partners = await request(t.http).get('/api/partnerships').query({ filter: JSON.stringify({ laureateId: infoclimat.id }), range: '[0,99]' }).set(bearer(token));
    expect(partners.body.length).toBeGreaterThanOrEqual(5);
    const done = await request(t.http).get('/api/actions').query({ filter: JSON.stringify({ laureateId: infoclimat.id, status: 'done' }) }).set(bearer(token));
    expect(done.body.length).toBeGreaterThan(0);
  });

  it('has season-2 laureates in Phase 1 with a diagnostic, a roadmap, overdue actions and a journal', async () => {
    const token = await login(t.http, 'pilote@demo.aic.test', DEMO_PASSWORD);
    const phase1 = (await request(t.http).get('/api/laureates').query({ filter: '{"phase":"phase1"}' }).set(bearer(token))).body;
    expect(phase1.length).toBeGreaterThanOrEqual(3);
    for (const l of phase1) expect(l.tagline + l.mission).toMatch(/fictif/i);
    const overdue = await request(t.http).get('/api/actions').query({ filter: '{"overdue":true}' }).set(bearer(token));
    expect(overdue.body.length).toBeGreaterThan(0);
    const statuses = (await request(t.http).get('/api/actions').query({ filter: JSON.stringify({ laureateId: phase1.map((l: { id: number }) => l.id) }), range: '[0,999]' }).set(bearer(token))).body.map((a: { status: string }) => a.status);
    expect(new Set(statuses)).toEqual(new Set(['planned', 'in_progress', 'done', 'cancelled']));
    expect((await request(t.http).get('/api/diagnostics').query({ filter: JSON.stringify({ laureateId: phase1[0].id }) }).set(bearer(token))).body).toHaveLength(1);
    expect((await request(t.http).get('/api/interactions').query({ filter: JSON.stringify({ laureateId: phase1[0].id }) }).set(bearer(token))).body.length).toBeGreaterThan(0);
  });

  it('gives each manager and each referent some laureates and not others', async () => {
    const counts: Record<string, number> = {};
    for (const email of ['referent.a@demo.aic.test', 'referent.b@demo.aic.test']) {
      const token = await login(t.http, email, DEMO_PASSWORD);
      counts[email] = (await request(t.http).get('/api/laureates').set(bearer(token))).body.length;
    }
    const lead = await login(t.http, 'pilote@demo.aic.test', DEMO_PASSWORD);
    const total = Number((await request(t.http).get('/api/laureates').set(bearer(lead))).headers['content-range'].split('/')[1]);
    expect(counts['referent.a@demo.aic.test']).toBeGreaterThan(0);
    expect(counts['referent.b@demo.aic.test']).toBeGreaterThan(0);
    expect(counts['referent.a@demo.aic.test'] + counts['referent.b@demo.aic.test']).toBe(total);
    const [chargeA] = await t.dataSource.query(`SELECT id FROM users WHERE email = 'charge.a@demo.aic.test'`);
    const managed = await t.dataSource.query(`SELECT count(*)::int AS n FROM laureates WHERE acceleration_manager_id = $1`, [chargeA.id]);
    expect(managed[0].n).toBeGreaterThan(0);
    expect(managed[0].n).toBeLessThan(total);
  });

  it('has season 1 committees: the 5 renewed continue, 7 laureates funded for a little over 800 000 €', async () => {
    const token = await login(t.http, 'pilote@demo.aic.test', DEMO_PASSWORD);
    const [season1] = (await request(t.http).get('/api/seasons').query({ filter: '{"year":2022}' }).set(bearer(token))).body;
    const decisions = (await request(t.http).get('/api/decisions').query({ filter: JSON.stringify({ seasonId: season1.id }), range: '[0,99]' }).set(bearer(token))).body;
    const committees = (await request(t.http).get('/api/committees').query({ filter: JSON.stringify({ seasonId: season1.id }) }).set(bearer(token))).body;
    const acceleration = committees.find((c: { kind: string }) => c.kind === 'acceleration');
    expect(committees.map((c: { status: string }) => c.status)).toEqual(['closed', 'closed']);
    const laureates = (await request(t.http).get('/api/laureates').query({ filter: JSON.stringify({ seasonId: season1.id }), range: '[0,99]' }).set(bearer(token))).body;
    const nameOf = (id: number) => laureates.find((l: { id: number }) => l.id === id).name;
    const continued = decisions.filter((d: { committeeId: number; outcome: string }) => d.committeeId === acceleration.id && d.outcome.startsWith('continue'));
    expect(continued.map((d: { laureateId: number }) => nameOf(d.laureateId)).sort()).toEqual(['Infoclimat', 'Ma Dada', 'Permis de construire', 'Sport inclusif', 'Vikidia']);
    expect(decisions.filter((d: { committeeId: number; outcome: string }) => d.committeeId === acceleration.id && d.outcome === 'stop')).toHaveLength(4);
    const grants = (await request(t.http).get('/api/grants').query({ filter: JSON.stringify({ seasonId: season1.id }), range: '[0,99]' }).set(bearer(token))).body;
    expect(new Set(grants.map((g: { laureateId: number }) => g.laureateId)).size).toBe(7);
    const total = grants.reduce((sum: number, g: { amount: number }) => sum + g.amount, 0);
    expect(total).toBeGreaterThan(800000);
    expect(total).toBeLessThan(900000);
    const commitments = (await request(t.http).get('/api/commitments').query({ filter: JSON.stringify({ seasonId: season1.id }), range: '[0,99]' }).set(bearer(token))).body;
    expect(commitments.length).toBeGreaterThanOrEqual(5);
    // Their minutes, as closing drafts them from the decisions, without the draft's warning.
    for (const committee of committees as Array<{ id: number; title: string }>) {
      const { minutes } = (await request(t.http).get(`/api/committees/${committee.id}`).set(bearer(token))).body;
      expect(minutes).toMatch(new RegExp(`^Compte rendu — ${committee.title}\n`));
      expect(minutes).toContain('Membres présents : ');
      expect(minutes).not.toContain('à relire');
    }
    const accelerationMinutes = (await request(t.http).get(`/api/committees/${acceleration.id}`).set(bearer(token))).body.minutes as string;
    for (const name of ['Infoclimat', 'Vikidia']) expect(accelerationMinutes).toMatch(new RegExp(`^\\d+\\. ${name} — Poursuite`, 'm'));
  });

  it("files each season-1 laureate's decision letters as documents of its record, once, readable by its manager", async () => {
    const filed: string[] = [];
    expect(await seedDemoDocuments(t.app, (message) => filed.push(message))).toBe(14); // 9 acceleration + 5 engagement decisions
    expect(filed).toEqual(['demo documents filed: 14']);
    expect(await seedDemoDocuments(t.app, () => {})).toBe(0);
    const lead = await login(t.http, 'pilote@demo.aic.test', DEMO_PASSWORD);
    const [infoclimat] = (await request(t.http).get('/api/laureates').query({ filter: '{"q":"Infoclimat"}' }).set(bearer(lead))).body;
    const [manager] = (await request(t.http).get('/api/staff-members').query({ filter: JSON.stringify({ id: [infoclimat.accelerationManagerId] }) }).set(bearer(lead))).body;
    const token = await login(t.http, manager.email, DEMO_PASSWORD);
    const documents = (await request(t.http).get('/api/documents').query({ filter: JSON.stringify({ laureateId: infoclimat.id }), sort: '["title","ASC"]' }).set(bearer(token))).body;
    expect(documents.map((d: { title: string; kind: string; mediaType: string }) => [d.title, d.kind, d.mediaType])).toEqual([
      ["Courrier de décision — Comité d'accélération — saison 1", 'other', 'application/pdf'],
      ["Courrier de décision — Comité d'engagement — saison 1", 'other', 'application/pdf'],
    ]);
    const content = await request(t.http).get(`/api/documents/${documents[0].id}/content`).set(bearer(token)).buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(content.status).toBe(200);
    const letter = await readPdf(content.body);
    expect(letter.pages.join(' ')).toContain('Infoclimat');
    expect(letter.language).toBe('fr-FR');
  });

  it('has an upcoming season-2 acceleration committee with its agenda and no decision yet', async () => {
    const token = await login(t.http, 'pilote@demo.aic.test', DEMO_PASSWORD);
    const [committee] = (await request(t.http).get('/api/committees').query({ filter: '{"status":"planned"}' }).set(bearer(token))).body;
    expect(committee.kind).toBe('acceleration');
    expect(committee).toMatchObject({ startTime: '14:00', endTime: '17:30' });
    const briefing = (await request(t.http).get(`/api/committees/${committee.id}/briefing`).set(bearer(token))).body;
    expect(briefing.items.length).toBeGreaterThanOrEqual(3);
    expect(briefing.summary.decided).toBe(0);
  });

  describe('selection', () => {
    const SEASON1_LAUREATES = ['Infoclimat', 'Ma Dada', 'Open Data University', 'Parlons démocratie', 'Permis de construire', 'Service National Universel Augmenté', 'Sport inclusif', 'Vikidia', 'Vivons en forme'];

    it('has season 1: 200 applications, the 9 published laureates selected and promoted, every other one fictional', async () => {
      const rows: Array<{ project_name: string; status: string; laureate: string | null; summary: string; contact_email: string }> = await t.dataSource.query(
        `SELECT a.project_name, a.status, l.name AS laureate, a.summary, a.contact_email
         FROM applications a JOIN seasons s ON s.id = a.season_id LEFT JOIN laureates l ON l.id = a.laureate_id WHERE s.year = 2022`,
      );
      expect(rows).toHaveLength(200);
      const selected = rows.filter((r) => r.status === 'selected');
      expect(selected.map((r) => r.laureate).sort()).toEqual([...SEASON1_LAUREATES].sort());
      for (const r of selected) expect(r.project_name).toBe(r.laureate);
      for (const r of rows.filter((r) => r.status !== 'selected')) {
        expect(r.laureate).toBeNull();
        expect(r.summary).toMatch(/fictive/);
        expect(r.contact_email).toMatch(/@exemple\.test$/);
      }
      expect(new Set(rows.map((r) => r.project_name)).size).toBe(200);
      const statuses = new Set(rows.map((r) => r.status));
      expect(statuses).toEqual(new Set(['selected', 'rejected', 'ineligible', 'withdrawn']));
    });

    it('ranks the 9 laureates at the top of their call, from the jury and citizens-panel evaluations (conflicts excluded)', async () => {
      const ranked: Array<{ track: string; project_name: string; laureate_id: number | null; mean: string; evaluations: number }> = await t.dataSource.query(
        `SELECT c.track, a.project_name, a.laureate_id, avg((e.general_interest + e.impact + e.maturity + e.carrier + e.shared_governance) / 5.0) AS mean,
                count(e.id)::int AS evaluations
         FROM applications a JOIN calls c ON c.id = a.call_id JOIN seasons s ON s.id = c.season_id
         JOIN evaluations e ON e.application_id = a.id AND e.status = 'submitted' AND NOT e.conflict_of_interest
         WHERE s.year = 2022 GROUP BY c.track, a.id ORDER BY c.track, mean DESC`,
      );
      expect(ranked).toHaveLength(25);
      for (const track of ['dinum', 'ditp']) {
        const call = ranked.filter((r) => r.track === track);
        const winners = call.filter((r) => r.laureate_id !== null).length;
        expect(winners).toBe(track === 'dinum' ? 4 : 5);
        expect(call.slice(0, winners).every((r) => r.laureate_id !== null)).toBe(true);
      }
      const [panels] = await t.dataSource.query(
        `SELECT count(DISTINCT e.evaluator_id) FILTER (WHERE e.panel = 'jury')::int AS jury, count(DISTINCT e.evaluator_id) FILTER (WHERE e.panel = 'citizen')::int AS citizens,
                count(*) FILTER (WHERE e.conflict_of_interest)::int AS conflicts
         FROM evaluations e JOIN applications a ON a.id = e.application_id JOIN seasons s ON s.id = a.season_id WHERE s.year = 2022`,
      );
      expect(panels).toEqual({ jury: 6, citizens: 15, conflicts: 1 });
    });

    it('gives each demo evaluator shortlisted applications of the season-2 call, open for evaluation; only jury.a has none scored', async () => {
      const rows: Array<{ email: string; panel: string; assigned: number; scored: number; statuses: string[]; call_status: string[] }> = await t.dataSource.query(
        `SELECT u.email, u.panel, count(x.id)::int AS assigned, count(e.id)::int AS scored, array_agg(DISTINCT a.status) AS statuses, array_agg(DISTINCT c.status) AS call_status
         FROM users u JOIN evaluator_assignments x ON x.evaluator_id = u.id JOIN applications a ON a.id = x.application_id
         JOIN calls c ON c.id = a.call_id JOIN seasons s ON s.id = c.season_id
         LEFT JOIN evaluations e ON e.application_id = a.id AND e.evaluator_id = u.id
         WHERE u.email LIKE '%.a@demo.aic.test' OR u.email LIKE '%.b@demo.aic.test' GROUP BY u.email, u.panel, s.year HAVING s.year = 2023 ORDER BY u.email`,
      );
      expect(rows.map((r) => [r.email, r.panel])).toEqual([
        ['citoyen.a@demo.aic.test', 'citizen'],
        ['citoyen.b@demo.aic.test', 'citizen'],
        ['jury.a@demo.aic.test', 'jury'],
        ['jury.b@demo.aic.test', 'jury'],
      ]);
      for (const r of rows) {
        expect(r.assigned).toBeGreaterThanOrEqual(3);
        expect(r.statuses).toEqual(['shortlisted']);
        expect(r.call_status).toEqual(['closed']);
      }
      expect(rows.find((r) => r.email === 'jury.a@demo.aic.test')!.scored).toBe(0);
      expect(rows.find((r) => r.email === 'jury.b@demo.aic.test')!.scored).toBeGreaterThan(0);
    });
  });

  it('uses only fictional people: demo e-mails on reserved domains', async () => {
    const emails: Array<{ email: string }> = await t.dataSource.query(`SELECT email FROM users`);
    for (const { email } of emails) expect(email).toMatch(/@demo\.aic\.test$/);
  });
});
