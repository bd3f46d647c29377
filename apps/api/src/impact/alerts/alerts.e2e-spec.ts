import { alertsTotal, type AlertRecord, type Role } from '@aic/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { dayFromToday } from '../../common/dates/today.js';
import { alertsFor, countAlertsFor } from './alerts.queries.js';

describe('GET /api/alerts and /api/alerts/count', () => {
  let t: TestApp;
  let p: Programme;
  const alerts = async (token: string) => (await request(t.http).get('/api/alerts').set(bearer(token)).expect(200)).body as AlertRecord[];
  const count = async (token: string) => (await request(t.http).get('/api/alerts/count').set(bearer(token)).expect(200)).body.count as number;
  const kinds = (list: AlertRecord[]) => list.map((a) => `${a.kind}:${a.laureateId}`);
  /** The last exchange with a laureate, `days` ago (the journal is the only thing that ages here). */
  const lastExchange = (laureateId: number, days: number) =>
    t.dataSource.query(`INSERT INTO interactions (laureate_id, kind, occurred_at, title) VALUES ($1, 'call', now() - make_interval(days => $2), 'Point')`, [laureateId, days]);

  beforeAll(async () => {
    t = await startTestApp();
    p = await seedProgramme(t, 'alerts');
    await request(t.http).post('/api/referent-assignments').set(bearer(p.tokens.lead)).send({ laureateId: p.laureates.own, userId: p.users.referent, kind: 'interministerial' }).expect(201);
    await lastExchange(p.laureates.own, 29);
    await lastExchange(p.laureates.other, 10);
  });
  afterAll(() => t.close());

  it('a laureate crosses 30 days without an exchange: it appears for its manager only, and the badge counts it', async () => {
    expect(await alerts(p.tokens.manager)).toEqual([]);
    expect(await count(p.tokens.manager)).toBe(0);
    await t.dataSource.query(`UPDATE interactions SET occurred_at = now() - interval '31 days' WHERE laureate_id = $1`, [p.laureates.own]);
    const list = await alerts(p.tokens.manager);
    expect(kinds(list)).toEqual([`quiet_laureate:${p.laureates.own}`]);
    expect(list[0]).toMatchObject({ laureateName: 'Infoclimat', resource: 'laureates', days: 31 });
    expect(await count(p.tokens.manager)).toBe(1);
    expect(await alerts(p.tokens.otherManager)).toEqual([]);
    expect(await count(p.tokens.referent)).toBe(0);
  });

  it('the threshold is the season’s', async () => {
    await t.dataSource.query(`UPDATE seasons SET quiet_after_days = 45 WHERE id = $1`, [p.seasonId]);
    expect(await count(p.tokens.manager)).toBe(0);
    await t.dataSource.query(`UPDATE seasons SET quiet_after_days = 30 WHERE id = $1`, [p.seasonId]);
    expect(await count(p.tokens.manager)).toBe(1);
  });

  it('logging an exchange makes it disappear', async () => {
    const res = await request(t.http).post('/api/interactions').set(bearer(p.tokens.manager))
      .send({ laureateId: p.laureates.own, kind: 'call', occurredAt: new Date().toISOString(), title: 'Point mensuel' });
    expect(res.status).toBe(201);
    expect(await alerts(p.tokens.manager)).toEqual([]);
    expect(await count(p.tokens.manager)).toBe(0);
  });

  it('overdue actions go to the manager, past-due commitments to the programme lead, nothing to a referent', async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const action = await request(t.http).post('/api/actions').set(bearer(p.tokens.manager))
      .send({ laureateId: p.laureates.own, axis: 'consolidate', supportType: 'technical', title: 'Migrer le serveur', dueOn: yesterday });
    expect(action.status).toBe(201);
    const commitment = await request(t.http).post('/api/commitments').set(bearer(p.tokens.lead))
      .send({ laureateId: p.laureates.other, organisationId: p.organisations.ministry, kind: 'staff_time', description: 'Un agent à mi-temps', dueOn: yesterday });
    expect(commitment.status).toBe(201);
    expect(await alerts(p.tokens.manager)).toEqual([expect.objectContaining({ kind: 'overdue_action', recordId: action.body.id, title: 'Migrer le serveur', days: 1 })]);
    expect(await alerts(p.tokens.otherManager)).toEqual([]);
    expect(await alerts(p.tokens.lead)).toEqual([expect.objectContaining({ kind: 'commitment_past_due', recordId: commitment.body.id, resource: 'commitments' })]);
    expect(await alerts(p.tokens.referent)).toEqual([]);
    await request(t.http).put(`/api/actions/${action.body.id}`).set(bearer(p.tokens.manager)).send({ status: 'done', version: action.body.version }).expect(200);
    expect(await count(p.tokens.manager)).toBe(0);
  });

  it('outcome surveys: to fill in for the manager once the accompaniment ended, to validate for the lead once submitted', async () => {
    await t.dataSource.query(`UPDATE laureates SET phase = 'completed', ended_on = current_date - 3 WHERE id = $1`, [p.laureates.other]);
    expect(kinds(await alerts(p.tokens.otherManager))).toEqual([`outcome_survey_to_fill:${p.laureates.other}`]);
    const survey = await request(t.http).post('/api/outcome-surveys').set(bearer(p.tokens.otherManager))
      .send({ laureateId: p.laureates.other, monthsSaved: 12, autonomyWithAdministrations: 'yes', newPartnersMet: 2, interministerialActions: 0, status: 'submitted' });
    expect(survey.status).toBe(201);
    expect(await count(p.tokens.otherManager)).toBe(0);
    expect(kinds(await alerts(p.tokens.lead))).toEqual([`commitment_past_due:${p.laureates.other}`, `outcome_survey_to_validate:${p.laureates.other}`]);
    await request(t.http).put(`/api/outcome-surveys/${survey.body.id}`).set(bearer(p.tokens.lead)).send({ status: 'validated', version: survey.body.version }).expect(200);
    expect(await count(p.tokens.lead)).toBe(1);
  });

  it('a grant report due and missing goes to the programme lead and the manager, until a report is on file', async () => {
    const before = await count(p.tokens.lead);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const grant = await request(t.http).post('/api/grants').set(bearer(p.tokens.lead))
      .send({ laureateId: p.laureates.own, amount: 20000, purpose: 'hiring', justificationDueOn: yesterday });
    expect(grant.status).toBe(201);
    const missing = (list: AlertRecord[]) => list.filter((a) => a.kind === 'grant_report_missing').map((a) => a.recordId);
    expect(missing(await alerts(p.tokens.lead))).toEqual([grant.body.id]);
    expect(missing(await alerts(p.tokens.manager))).toEqual([grant.body.id]);
    expect(missing(await alerts(p.tokens.otherManager))).toEqual([]);
    expect(await alerts(p.tokens.referent)).toEqual([]);
    expect(await count(p.tokens.lead)).toBe(before + 1);
    const report = await request(t.http).post('/api/documents').set(bearer(p.tokens.lead))
      .field('grantId', String(grant.body.id)).field('kind', 'activity_report')
      .attach('file', Buffer.from('%PDF-1.7\n%%EOF\n'), { filename: 'rapport.pdf', contentType: 'application/pdf' });
    expect(report.status).toBe(201);
    expect(missing(await alerts(p.tokens.lead))).toEqual([]);
    expect(await count(p.tokens.lead)).toBe(before);
  });

  it('the module answers without HTTP (for e-mail digests), the same as the API', async () => {
    const direct = await alertsFor(t.dataSource, { id: p.users.lead, roles: ['programme_lead'] });
    expect(direct).toEqual(await alerts(p.tokens.lead));
    const [late] = await alertsFor(t.dataSource, { id: p.users.lead, roles: ['programme_lead'] }, dayFromToday(1));
    expect(late.days).toBe(direct[0].days! + 1);
  });

  it('lists the 10 most urgent alerts of a kind, each saying how many there are of its kind; the badge counts them all', async () => {
    const before = await count(p.tokens.manager);
    // 25 overdue actions, the n-th due n + 1 days ago.
    await t.dataSource.query(
      `INSERT INTO actions (laureate_id, axis, support_type, title, status, due_on)
       SELECT $1, 'deploy', 'networking', 'En retard n° ' || g, 'planned', CURRENT_DATE - 1 - g FROM generate_series(1, 25) g`,
      [p.laureates.own],
    );
    const overdue = (await alerts(p.tokens.manager)).filter((a) => a.kind === 'overdue_action');
    const total = overdue[0].kindTotal;
    expect(total).toBeGreaterThanOrEqual(25);
    expect(overdue).toHaveLength(10);
    expect(overdue.every((a) => a.kindTotal === total)).toBe(true);
    expect(overdue.slice(0, 3).map((a) => a.title)).toEqual(['En retard n° 25', 'En retard n° 24', 'En retard n° 23']);
    expect(await count(p.tokens.manager)).toBe(before + 25);
    // Every kind listed carries its own total.
    const all = await alertsFor(t.dataSource, { id: p.users.manager, roles: ['acceleration_manager'] }, undefined, 1000);
    expect(all.filter((a) => a.kind === 'overdue_action')).toHaveLength(total);
  });

  it('finds each role’s alerts once for a user with both roles (a grant report once), and none for an admin', async () => {
    const as = (roles: Role[]) => ({ id: p.users.manager, roles });
    const key = (a: AlertRecord) => `${a.kind}:${a.recordId}`;
    const manager = await alertsFor(t.dataSource, as(['acceleration_manager']), undefined, 1000);
    const lead = await alertsFor(t.dataSource, as(['programme_lead']), undefined, 1000);
    const both = await alertsFor(t.dataSource, as(['acceleration_manager', 'programme_lead']), undefined, 1000);
    expect(manager.some((a) => a.kind === 'overdue_action') && lead.some((a) => a.kind === 'commitment_past_due')).toBe(true);
    expect(new Set(both.map(key))).toEqual(new Set([...manager, ...lead].map(key)));
    expect(both).toHaveLength(new Set(both.map(key)).size);
    for (const roles of [['acceleration_manager'], ['programme_lead'], ['acceleration_manager', 'programme_lead']] as Role[][]) {
      expect(await countAlertsFor(t.dataSource, as(roles))).toBe(alertsTotal(await alertsFor(t.dataSource, as(roles))));
    }
    expect(await alertsFor(t.dataSource, as(['admin']))).toEqual([]);
    expect(await countAlertsFor(t.dataSource, as(['admin', 'referent']))).toBe(0);
  });
});
