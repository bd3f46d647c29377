import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';
import { dayFromToday } from '../../common/dates/today.js';

let t: TestApp;
let p: Programme;
let n = 0;

beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'closing');
});
afterAll(() => t.close());

const lead = {
  get: (url: string) => request(t.http).get(url).set(bearer(p.tokens.lead)),
  post: (url: string, body: object = {}) => request(t.http).post(url).set(bearer(p.tokens.lead)).send(body),
  put: (url: string, body: object) => request(t.http).put(url).set(bearer(p.tokens.lead)).send(body),
};
const created = async (url: string, body: object): Promise<Record<string, any>> => {
  const res = await lead.post(url, body);
  expect(res.status).toBe(201);
  return res.body;
};
// Days as the programme counts them (Paris), as the service checks a session's date against.
const dayOffset = (days: number) => dayFromToday(days);

/** A fresh laureate with one done and two open actions, one of them overdue. */
async function laureateWithActions(): Promise<{ id: number; open: number[] }> {
  const { id } = await created('/api/laureates', { seasonId: p.seasonId, name: `Lauréat ${++n}`, track: 'dinum', accelerationManagerId: p.users.manager });
  const action = (extra: object) => created('/api/actions', { laureateId: id, axis: 'consolidate', supportType: 'technical', title: `Action ${++n}`, ...extra });
  await action({ status: 'done', doneOn: dayOffset(-30) });
  const open = [(await action({ status: 'in_progress', dueOn: dayOffset(-5) })).id, (await action({ status: 'planned', dueOn: dayOffset(20) })).id];
  return { id, open };
}
async function committee(heldOn: string, decisions: Array<[number, string]>): Promise<number> {
  const { id } = await created('/api/committees', { seasonId: p.seasonId, kind: 'acceleration', title: `Comité ${++n}`, heldOn });
  for (const [laureateId, outcome] of decisions) {
    await created('/api/agenda-items', { committeeId: id, laureateId });
    await created('/api/decisions', { committeeId: id, laureateId, outcome });
  }
  return id;
}
const statuses = async (ids: number[]) =>
  (await t.dataSource.query(`SELECT status, outcome FROM actions WHERE id = ANY($1::int[]) ORDER BY id`, [ids])) as Array<{ status: string; outcome: string | null }>;
const overdueOf = async (laureateId: number) =>
  (await lead.get(`/api/actions?filter=${encodeURIComponent(JSON.stringify({ laureateId, overdue: true }))}`)).body.length;

describe('an accompaniment that ends', () => {
  it('closing cancels the open actions of the laureates who stop, with a reason, and they leave the overdue counts', async () => {
    const going = await laureateWithActions();
    const ending = await laureateWithActions();
    const id = await committee('2026-07-10', [[going.id, 'continue'], [ending.id, 'stop']]);
    expect(await overdueOf(ending.id)).toBe(1);
    const preview = await lead.get(`/api/committees/${id}/closing-preview`);
    expect(Object.fromEntries(preview.body.map((c: { laureateId: number; openActions: number }) => [c.laureateId, c.openActions]))).toEqual({ [going.id]: 0, [ending.id]: 2 });
    expect((await lead.post(`/api/committees/${id}/close`)).status).toBe(200);
    expect((await statuses(ending.open)).map((a) => a.status)).toEqual(['cancelled', 'cancelled']);
    expect((await statuses(ending.open))[0].outcome).toContain("Annulée à la fin de l'accompagnement");
    expect((await statuses(going.open)).map((a) => a.status)).toEqual(['in_progress', 'planned']);
    expect(await overdueOf(ending.id)).toBe(0);
    expect(await overdueOf(going.id)).toBe(1);
    const audited = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_events WHERE resource = 'actions' AND action = 'update' AND record_id = ANY($1::text[])`, [ending.open.map(String)]);
    expect(audited[0].n).toBe(2);
  });

  it('the lead may keep them open: they stay, but are no longer counted overdue', async () => {
    const ending = await laureateWithActions();
    const id = await committee('2026-07-11', [[ending.id, 'stop']]);
    expect((await lead.post(`/api/committees/${id}/close`, { openActions: 'keep' })).status).toBe(200);
    expect((await statuses(ending.open)).map((a) => a.status)).toEqual(['in_progress', 'planned']);
    expect(await overdueOf(ending.id)).toBe(0);
  });

  it('ending an accompaniment on the laureate itself cancels its open actions too', async () => {
    const ending = await laureateWithActions();
    const current = (await lead.get(`/api/laureates/${ending.id}`)).body;
    const res = await lead.put(`/api/laureates/${ending.id}`, { phase: 'stopped', endedOn: dayOffset(0), version: current.version });
    expect(res.status).toBe(200);
    expect((await statuses(ending.open)).map((a) => a.status)).toEqual(['cancelled', 'cancelled']);
  });
});

describe('the day a committee was held', () => {
  it('closing before the planned date asks for the actual date (400 on heldOn), refuses a future one, and uses the one given', async () => {
    const going = await laureateWithActions();
    const id = await committee(dayOffset(10), [[going.id, 'continue']]);
    const early = await lead.post(`/api/committees/${id}/close`);
    expect(early.status).toBe(400);
    expect(Object.keys(early.body.errors)).toEqual(['heldOn']);
    expect(early.body.message).toContain(dayOffset(10));
    expect((await lead.post(`/api/committees/${id}/close`, { heldOn: dayOffset(1) })).status).toBe(400);
    expect((await lead.get(`/api/committees/${id}`)).body.status).toBe('planned');
    const closed = await lead.post(`/api/committees/${id}/close`, { heldOn: dayOffset(-1) });
    expect(closed.status).toBe(200);
    expect(closed.body.committee.heldOn).toBe(dayOffset(-1));
    expect((await lead.get(`/api/laureates/${going.id}`)).body.phase2StartedOn).toBe(dayOffset(-1));
  });
});

describe('the briefing pack of a closed committee', () => {
  it('shows the phase and health each laureate had when the committee sat', async () => {
    const going = await laureateWithActions();
    const current = (await lead.get(`/api/laureates/${going.id}`)).body;
    await lead.put(`/api/laureates/${going.id}`, { health: 'at_risk', version: current.version });
    const id = await committee('2026-07-12', [[going.id, 'continue']]);
    expect((await lead.post(`/api/committees/${id}/close`)).status).toBe(200);
    const after = (await lead.get(`/api/laureates/${going.id}`)).body;
    await lead.put(`/api/laureates/${going.id}`, { health: 'on_track', version: after.version });
    const briefing = await lead.get(`/api/committees/${id}/briefing`);
    expect(briefing.body.items[0].laureate).toMatchObject({ phase: 'phase1', health: 'at_risk' });
    // The action done a month ago came after the session (2026-07-12): not in what the committee saw.
    expect(briefing.body.items[0].actionsDoneSince).toEqual([]);
    expect((await lead.get(`/api/laureates/${going.id}`)).body).toMatchObject({ phase: 'phase2', health: 'on_track' });
  });
});
