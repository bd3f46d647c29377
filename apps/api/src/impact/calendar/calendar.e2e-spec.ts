import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ical, { type VEvent } from 'node-ical';
import request from 'supertest';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';

describe('iCalendar feed: /api/account/calendar-feed and /api/calendar/:token.ics', () => {
  let t: TestApp;
  let p: Programme;
  const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const feedOf = async (token: string) => (await request(t.http).post('/api/account/calendar-feed').set(bearer(token)).expect(201)).body as { token: string; path: string };
  const events = (text: string) =>
    Object.values(ical.sync.parseICS(text))
      .filter((c): c is VEvent => c?.type === 'VEVENT')
      .sort((a, b) => a.uid.localeCompare(b.uid));

  beforeAll(async () => {
    t = await startTestApp();
    p = await seedProgramme(t, 'calendar');
    const lead = (path: string, body: object) => request(t.http).post(path).set(bearer(p.tokens.lead)).send(body).expect(201);
    const committee = await lead('/api/committees', { seasonId: p.seasonId, kind: 'acceleration', title: "Comité d'accélération — printemps", heldOn: inDays(14), place: 'DINUM, Paris' });
    await lead('/api/agenda-items', { committeeId: committee.body.id, laureateId: p.laureates.own, position: 1 });
    await lead('/api/actions', { laureateId: p.laureates.own, axis: 'integrate', supportType: 'networking', title: 'Présenter le projet à Météo-France', dueOn: inDays(7) });
    await lead('/api/actions', { laureateId: p.laureates.other, axis: 'deploy', supportType: 'technical', title: 'Ouvrir une antenne', dueOn: inDays(8) });
    await lead('/api/commitments', { laureateId: p.laureates.own, organisationId: p.organisations.ministry, kind: 'data_access', description: 'Accès aux données du réseau', dueOn: inDays(30) });
  });
  afterAll(() => t.close());

  it("a manager's feed: the committees, their laureates' due actions and commitments, in French, as whole days", async () => {
    const { path, token } = await feedOf(p.tokens.manager);
    expect(path).toBe(`/api/calendar/${token}.ics`);
    const res = await request(t.http).get(path);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const [action, commitment, committee] = events(res.text);
    expect(committee).toMatchObject({ summary: "Comité d'accélération — printemps", location: 'DINUM, Paris' });
    expect(committee.description).toContain('Ordre du jour : Infoclimat');
    expect(committee.start.dateOnly).toBe(true);
    const day = committee.start; // a date-only value parses as local midnight
    expect([day.getFullYear(), day.getMonth() + 1, day.getDate()].map((n) => String(n).padStart(2, '0')).join('-')).toBe(inDays(14));
    expect(action.summary).toBe('Échéance : Présenter le projet à Météo-France (Infoclimat)');
    expect(action.description).toContain('axe Intégrer');
    expect(commitment.summary).toBe(`Engagement à échéance : Ministère de la Culture calendar (Infoclimat)`);
    expect(events(res.text)).toHaveLength(3); // not the other manager's action
    // RFC 5545: CRLF line ends (the last one too), UTC stamps, lines folded at 75 octets
    expect(res.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(res.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(res.text).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m);
    expect(res.text).toContain('X-WR-TIMEZONE:Europe/Paris');
  });

  it("a referent's feed holds their assigned laureate's committee and action only", async () => {
    await request(t.http).post('/api/referent-assignments').set(bearer(p.tokens.lead)).send({ laureateId: p.laureates.other, userId: p.users.referent, kind: 'interministerial' }).expect(201);
    const { path } = await feedOf(p.tokens.referent);
    const list = events((await request(t.http).get(path).expect(200)).text);
    expect(list.map((e) => e.summary)).toEqual(['Échéance : Ouvrir une antenne (Vikidia)']);
  });

  it('regenerating replaces the address; revoking ends it (404); only the hash is stored', async () => {
    const first = await feedOf(p.tokens.lead);
    const second = await feedOf(p.tokens.lead);
    expect((await request(t.http).get(first.path)).status).toBe(404);
    expect((await request(t.http).get(second.path)).status).toBe(200);
    const [{ token_hash }] = await t.dataSource.query(`SELECT token_hash FROM calendar_feeds WHERE user_id = $1`, [p.users.lead]);
    expect(token_hash).not.toContain(second.token);
    expect((await request(t.http).get('/api/account/calendar-feed').set(bearer(p.tokens.lead))).body).toMatchObject({ active: true });
    await request(t.http).delete('/api/account/calendar-feed').set(bearer(p.tokens.lead)).expect(204);
    expect((await request(t.http).get(second.path)).status).toBe(404);
    expect((await request(t.http).get('/api/account/calendar-feed').set(bearer(p.tokens.lead))).body).toEqual({ active: false, createdAt: null });
    expect((await request(t.http).get('/api/calendar/not-a-token.ics')).status).toBe(404);
  });

  it("a committee with its hours is an event with them, placed in Paris's time (summer and winter) and written in UTC", async () => {
    const lead = (body: object) => request(t.http).post('/api/committees').set(bearer(p.tokens.lead)).send({ seasonId: p.seasonId, kind: 'engagement', ...body }).expect(201);
    const summer = await lead({ title: 'Comité d’été', heldOn: '2027-06-15', startTime: '14:00', endTime: '17:30' });
    const winter = await lead({ title: 'Comité d’hiver', heldOn: '2027-01-12', startTime: '09:30' });
    const { path } = await feedOf(p.tokens.lead);
    const text = (await request(t.http).get(path).expect(200)).text;
    const byUid = new Map(events(text).map((e) => [e.uid, e]));
    const summerEvent = byUid.get(`committee-${summer.body.id}@aic-back-office`)!;
    expect(summerEvent.start.toISOString()).toBe('2027-06-15T12:00:00.000Z');
    expect(summerEvent.end?.toISOString()).toBe('2027-06-15T15:30:00.000Z');
    expect(summerEvent.start.dateOnly).toBeFalsy();
    expect(byUid.get(`committee-${winter.body.id}@aic-back-office`)!.start.toISOString()).toBe('2027-01-12T08:30:00.000Z');
    expect(text).toContain('DTSTART:20270615T120000Z\r\nDTEND:20270615T153000Z');
  });

  it("a deactivated account's feed answers 404", async () => {
    const { path } = await feedOf(p.tokens.otherManager);
    await t.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [p.users.otherManager]);
    expect((await request(t.http).get(path)).status).toBe(404);
  });
});
