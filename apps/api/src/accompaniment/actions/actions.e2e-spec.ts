import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';
import { dayFromToday } from '../../common/dates/today.js';

let t: TestApp;
let p: Programme;
let objectiveId: number;
const day = (offset: number) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  p = await seedProgramme(t, 'actions');
  objectiveId = (await request(t.http).post('/api/objectives').set(bearer(p.tokens.manager)).send({ laureateId: p.laureates.own, axis: 'integrate', title: 'Convention avec Météo-France' })).body.id;
});
afterAll(() => t.close());

const post = (body: object, token = p.tokens.manager) => request(t.http).post('/api/actions').set(bearer(token)).send(body);
const list = (filter: object, sort = ['dueOn', 'ASC']) =>
  request(t.http).get('/api/actions').query({ filter: JSON.stringify(filter), sort: JSON.stringify(sort) }).set(bearer(p.tokens.manager));

describe('POST /api/actions', () => {
  it('takes its axis from its objective, and dates a done action', async () => {
    const res = await post({ laureateId: p.laureates.own, objectiveId, supportType: 'networking', title: 'Mise en relation DGPR', status: 'done' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ axis: 'integrate', status: 'done', doneOn: dayFromToday(0), version: 1 });
  });

  it('refuses an objective of another laureate, a missing axis, and bad values, naming the fields', async () => {
    const foreign = await post({ laureateId: p.laureates.other, objectiveId, supportType: 'technical', title: 'X' }, p.tokens.lead);
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toHaveProperty('objectiveId');
    const noAxis = await post({ laureateId: p.laureates.own, supportType: 'technical', title: 'X' });
    expect(noAxis.body.errors).toHaveProperty('axis');
    const bad = await post({ laureateId: p.laureates.own, axis: 'expand', supportType: 'magic', title: '', dueOn: '31/12/2026', status: 'finished' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['axis', 'dueOn', 'status', 'supportType', 'title']);
    expect((await list({ laureateId: p.laureates.own })).body).toHaveLength(1);
  });
});

describe('GET /api/actions', () => {
  beforeAll(async () => {
    await post({ laureateId: p.laureates.own, axis: 'consolidate', supportType: 'legal_administrative', title: 'Revoir les statuts', dueOn: day(-10), status: 'in_progress' });
    await post({ laureateId: p.laureates.own, axis: 'consolidate', supportType: 'financial', title: 'Dossier de subvention', dueOn: day(-3) });
    await post({ laureateId: p.laureates.own, axis: 'deploy', supportType: 'methodological', title: 'Ouvrir une antenne', dueOn: day(20) });
    await post({ laureateId: p.laureates.own, axis: 'deploy', supportType: 'methodological', title: 'Salon annulé', dueOn: day(-30), status: 'cancelled' });
  });

  it('filters overdue actions (due before today, neither done nor cancelled), sorted by due date', async () => {
    const res = await list({ laureateId: p.laureates.own, overdue: true });
    expect(res.body.map((a: { title: string }) => a.title)).toEqual(['Revoir les statuts', 'Dossier de subvention']);
    const notOverdue = await list({ laureateId: p.laureates.own, overdue: false });
    expect(notOverdue.body).toHaveLength(3);
  });

  it('filters by axis, status, owner and the laureates a manager manages', async () => {
    expect((await list({ axis: 'deploy', status: ['planned', 'in_progress'] })).body.map((a: { title: string }) => a.title)).toEqual(['Ouvrir une antenne']);
    expect((await list({ managerId: p.users.manager })).headers['content-range']).toBe('actions 0-4/5');
    expect((await list({ managerId: p.users.otherManager })).body).toEqual([]);
    // Several managers: the actions of all their laureates.
    expect((await list({ managerId: [p.users.otherManager, p.users.manager] })).headers['content-range']).toBe('actions 0-4/5');
    expect((await list({ managerId: [] })).body).toEqual([]);
    expect((await list({ q: 'SUBVENTION' })).body).toHaveLength(1);
  });
});

describe('PUT /api/actions/:id', () => {
  it('completes an action, reopens it (doneOn cleared), and refuses a stale version', async () => {
    const [action] = (await list({ q: 'statuts' })).body;
    const done = await request(t.http).put(`/api/actions/${action.id}`).set(bearer(p.tokens.manager)).send({ ...action, status: 'done', outcome: 'Statuts adoptés en AG' });
    expect(done.body).toMatchObject({ status: 'done', doneOn: dayFromToday(0), version: action.version + 1 });
    const reopened = await request(t.http).put(`/api/actions/${action.id}`).set(bearer(p.tokens.manager)).send({ ...done.body, status: 'in_progress' });
    expect(reopened.body).toMatchObject({ status: 'in_progress', doneOn: null });
    const stale = await request(t.http).put(`/api/actions/${action.id}`).set(bearer(p.tokens.manager)).send({ ...done.body, title: 'Écrasé' });
    expect(stale.status).toBe(409);
    expect((await request(t.http).get(`/api/actions/${action.id}`).set(bearer(p.tokens.manager))).body.title).toBe('Revoir les statuts');
  });
});
