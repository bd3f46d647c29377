import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { bearer, createAccount, login, startTestApp, type TestApp } from '../../../test/test-app.js';
import { WeeklyDigestService } from './weekly-digest.service.js';

/** Monday's digest, in the outbox (no SMTP here): what each manager and lead must act on, from the alerts module. */
let t: TestApp;
let ids: Record<'manager' | 'optedOut' | 'lead' | 'referent', number>;
const MONDAY_7_PARIS = new Date('2026-12-07T06:00:00Z');

const digests = async () =>
  (await t.dataSource.query(`SELECT recipient, subject, text_body, html_body FROM mail_messages WHERE kind = 'weekly_digest' ORDER BY id`)) as Array<{
    recipient: string;
    subject: string;
    text_body: string;
    html_body: string;
  }>;

beforeAll(async () => {
  t = await startTestApp({ publicUrl: 'https://aic.example.gouv.fr' });
  ids = {
    manager: await createAccount(t.dataSource, 'charge.digest@test.aic', ['acceleration_manager']),
    optedOut: await createAccount(t.dataSource, 'charge.sans@test.aic', ['acceleration_manager']),
    lead: await createAccount(t.dataSource, 'pilote.digest@test.aic', ['programme_lead']),
    referent: await createAccount(t.dataSource, 'referent.digest@test.aic', ['referent']),
  };
  const [{ id: season }] = await t.dataSource.query(`INSERT INTO seasons (name, year) VALUES ('Saison digest', 2026) RETURNING id`);
  const [{ id: organisation }] = await t.dataSource.query(`INSERT INTO organisations (name, kind) VALUES ('Ministère digest', 'ministry') RETURNING id`);
  const laureate = async (name: string, manager: number) =>
    (await t.dataSource.query(`INSERT INTO laureates (season_id, name, track, acceleration_manager_id, started_on) VALUES ($1, $2, 'dinum', $3, '2026-09-01') RETURNING id`, [season, name, manager]))[0].id as number;
  const own = await laureate('Infoclimat', ids.manager);
  const other = await laureate('Vikidia', ids.optedOut);
  for (const [l, title] of [[own, 'Recruter un développeur'], [other, 'Refondre le site']] as const) {
    await t.dataSource.query(`INSERT INTO actions (laureate_id, axis, support_type, title, status, due_on) VALUES ($1, 'consolidate', 'technical', $2, 'in_progress', '2026-11-30')`, [l, title]);
  }
  await t.dataSource.query(
    `INSERT INTO commitments (laureate_id, organisation_id, kind, description, status, due_on) VALUES ($1, $2, 'staff_time', 'Un agent à mi-temps', 'promised', '2026-11-15')`,
    [own, organisation],
  );
  await t.dataSource.query(`INSERT INTO committees (season_id, kind, title, held_on, start_time) VALUES ($1, 'engagement', 'Comité d’engagement de décembre', '2026-12-10', '09:30')`, [season]);
});
afterAll(() => t?.close());

describe('weekly digest', () => {
  it('lets each user opt out, for themselves only', async () => {
    const token = await login(t.http, 'charge.sans@test.aic');
    expect((await request(t.http).get('/api/account/digest').set(bearer(token))).body).toEqual({ weeklyDigest: true });
    const off = await request(t.http).put('/api/account/digest').set(bearer(token)).send({ weeklyDigest: false });
    expect(off.status).toBe(200);
    expect(off.body).toEqual({ weeklyDigest: false });
    expect((await request(t.http).put('/api/account/digest').set(bearer(token)).send({ weeklyDigest: 'non' })).status).toBe(400);
    expect((await request(t.http).get('/api/account/digest')).status).toBe(401);
  });

  it('e-mails managers and leads what needs them, once a week, and nobody else', async () => {
    const service = t.app.get(WeeklyDigestService);
    expect(await service.queueWeekly(MONDAY_7_PARIS)).toBe(2);
    expect(await service.queueWeekly(new Date('2026-12-09T10:00:00Z'))).toBe(0); // same week: already written
    const [manager, lead] = await digests();
    expect([manager.recipient, lead.recipient]).toEqual(['charge.digest@test.aic', 'pilote.digest@test.aic']);

    expect(manager.subject).toBe('Votre semaine à l’AIC : 2 points à traiter');
    expect(manager.text_body).toContain('Actions en retard (1)');
    expect(manager.text_body).toContain('Infoclimat — « Recruter un développeur » : échéance du 30/11/2026, 7 jours de retard');
    expect(manager.text_body).toContain('Lauréats sans échange (1)');
    expect(manager.text_body).toContain('Comités cette semaine');
    expect(manager.text_body).toContain("jeudi 10 décembre 2026 à 09:30 : comité d'engagement « Comité d’engagement de décembre »");
    expect(manager.text_body).toContain('https://aic.example.gouv.fr/#/account/digest');
    expect(manager.html_body).toContain('<html lang="fr">');
    // Another manager's laureate, and the commitments a lead follows, are not theirs.
    expect(manager.text_body).not.toMatch(/Vikidia|Refondre|mi-temps/);

    expect(lead.text_body).toContain('Engagements échus (1)');
    expect(lead.text_body).toContain('Infoclimat — « Un agent à mi-temps » : attendu le 15/11/2026');
    expect(lead.text_body).not.toMatch(/Recruter|Refondre/);
  });

  it('writes the next week’s digest again, not to whoever opted out since', async () => {
    const token = await login(t.http, 'pilote.digest@test.aic');
    expect((await request(t.http).put('/api/account/digest').set(bearer(token)).send({ weeklyDigest: false })).status).toBe(200);
    expect(await t.app.get(WeeklyDigestService).queueWeekly(new Date('2026-12-14T06:00:00Z'))).toBe(1);
    expect((await digests()).map((d) => d.recipient)).toEqual(['charge.digest@test.aic', 'pilote.digest@test.aic', 'charge.digest@test.aic']);
  });
});
