import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';

describe('indicators, measurements and outcome surveys through the API', () => {
  let t: TestApp;
  let p: Programme;
  const as = (token: string) => ({
    get: (path: string) => request(t.http).get(path).set(bearer(token)),
    post: (path: string, body: object) => request(t.http).post(path).set(bearer(token)).send(body),
    put: (path: string, body: object) => request(t.http).put(path).set(bearer(token)).send(body),
    delete: (path: string) => request(t.http).delete(path).set(bearer(token)),
  });

  beforeAll(async () => {
    t = await startTestApp();
    p = await seedProgramme(t, 'indicators');
    await as(p.tokens.lead).post('/api/referent-assignments', { laureateId: p.laureates.own, userId: p.users.referent, kind: 'interministerial' });
  });
  afterAll(() => t.close());

  describe('GET /api/indicators: progress toward target, computed in SQL', () => {
    it('higher is better, lower is better, and no measurement yet', async () => {
      const manager = as(p.tokens.manager);
      const stations = (await manager.post('/api/indicators', { laureateId: p.laureates.own, name: 'Stations', unit: 'stations', baselineValue: 0, targetValue: 5 })).body;
      const delay = (await manager.post('/api/indicators', { laureateId: p.laureates.own, name: 'Délai', unit: 'jours', baselineValue: 40, targetValue: 10, direction: 'lower_is_better' })).body;
      const youth = (await manager.post('/api/indicators', { laureateId: p.laureates.own, name: 'Jeunes', unit: 'jeunes', baselineValue: 0, targetValue: 2000 })).body;
      expect(stations.id && delay.id && youth.id).toBeTruthy();
      for (const [indicatorId, value, measuredOn] of [[stations.id, 2, '2022-06-01'], [stations.id, 4, '2022-11-01'], [delay.id, 25, '2022-09-01']] as const) {
        expect((await manager.post('/api/measurements', { indicatorId, value, measuredOn })).status).toBe(201);
      }
      const list = await manager.get(`/api/indicators?filter=${JSON.stringify({ laureateId: p.laureates.own })}&sort=["name","ASC"]`);
      expect(list.status).toBe(200);
      const byName = Object.fromEntries(list.body.map((i: { name: string }) => [i.name, i]));
      expect(byName.Stations).toMatchObject({ latestValue: 4, latestMeasuredOn: '2022-11-01', progressPercent: 80, targetReached: false });
      expect(byName['Délai']).toMatchObject({ latestValue: 25, progressPercent: 50, targetReached: false });
      expect(byName.Jeunes).toMatchObject({ latestValue: null, latestMeasuredOn: null, progressPercent: null, targetReached: null });
      const one = await manager.get(`/api/indicators/${delay.id}`);
      expect(one.body).toMatchObject({ baselineValue: 40, targetValue: 10, direction: 'lower_is_better', progressPercent: 50 });
    });

    it('refuses a target on the wrong side of the baseline with a field error', async () => {
      const res = await as(p.tokens.manager).post('/api/indicators', { laureateId: p.laureates.own, name: 'À l’envers', unit: 'x', baselineValue: 10, targetValue: 5 });
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveProperty('targetValue');
    });
  });

  describe('scoping', () => {
    it("a manager writes their laureate's indicators, not another's; a referent reads assigned ones only", async () => {
      expect((await as(p.tokens.manager).post('/api/indicators', { laureateId: p.laureates.other, name: 'Pages', unit: 'pages', baselineValue: 0, targetValue: 10 })).status).toBe(403);
      const other = (await as(p.tokens.otherManager).post('/api/indicators', { laureateId: p.laureates.other, name: 'Pages', unit: 'pages', baselineValue: 0, targetValue: 10 })).body;
      expect((await as(p.tokens.manager).post('/api/measurements', { indicatorId: other.id, value: 3, measuredOn: '2023-01-01' })).status).toBe(403);
      const referent = as(p.tokens.referent);
      expect((await referent.get(`/api/indicators/${other.id}`)).status).toBe(404);
      const listed = (await referent.get('/api/indicators?range=[0,99]')).body as Array<{ laureateId: number }>;
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.every((i) => i.laureateId === p.laureates.own)).toBe(true);
      expect((await referent.post('/api/measurements', { indicatorId: other.id, value: 1, measuredOn: '2023-01-01' })).status).toBe(403);
    });

    it("a measurement takes its indicator's laureate, whatever the client sends", async () => {
      const indicator = (await as(p.tokens.manager).post('/api/indicators', { laureateId: p.laureates.own, name: 'Antennes', unit: 'antennes', baselineValue: 0, targetValue: 3 })).body;
      const res = await as(p.tokens.manager).post('/api/measurements', { indicatorId: indicator.id, laureateId: p.laureates.other, value: 1, measuredOn: '2023-01-01' });
      expect(res.status).toBe(201);
      expect(res.body.laureateId).toBe(p.laureates.own);
    });
  });

  describe('outcome surveys', () => {
    const figures = { monthsSaved: 18, autonomyWithAdministrations: 'yes', newPartnersMet: 4, interministerialActions: 1 };

    it('the manager fills in and submits; only complete surveys leave the draft', async () => {
      const manager = as(p.tokens.manager);
      const draft = await manager.post('/api/outcome-surveys', { laureateId: p.laureates.own, monthsSaved: 18 });
      expect(draft.status).toBe(201);
      expect(draft.body).toMatchObject({ status: 'draft', submittedAt: null });
      const incomplete = await manager.put(`/api/outcome-surveys/${draft.body.id}`, { status: 'submitted', version: draft.body.version });
      expect(incomplete.status).toBe(400);
      expect(Object.keys(incomplete.body.errors).sort()).toEqual(['autonomyWithAdministrations', 'interministerialActions', 'newPartnersMet']);
      const submitted = await manager.put(`/api/outcome-surveys/${draft.body.id}`, { ...figures, status: 'submitted', version: draft.body.version });
      expect(submitted.status).toBe(200);
      expect(submitted.body.submittedAt).not.toBeNull();
      expect((await manager.put(`/api/outcome-surveys/${draft.body.id}`, { status: 'validated', version: submitted.body.version })).status).toBe(403);
      expect((await as(p.tokens.otherManager).put(`/api/outcome-surveys/${draft.body.id}`, { quote: 'Autre', version: submitted.body.version })).status).toBe(403);
    });

    it('a programme lead validates; a validated survey is read-only, even for the lead', async () => {
      const lead = as(p.tokens.lead);
      const [survey] = (await lead.get(`/api/outcome-surveys?filter=${JSON.stringify({ laureateId: p.laureates.own })}`)).body;
      const validated = await lead.put(`/api/outcome-surveys/${survey.id}`, { status: 'validated', version: survey.version });
      expect(validated.status).toBe(200);
      expect(validated.body).toMatchObject({ status: 'validated', validatedById: p.users.lead });
      expect((await as(p.tokens.manager).put(`/api/outcome-surveys/${survey.id}`, { quote: 'Changée', version: validated.body.version })).status).toBe(409);
      expect((await lead.put(`/api/outcome-surveys/${survey.id}`, { status: 'draft', version: validated.body.version })).status).toBe(409);
      expect((await lead.delete(`/api/outcome-surveys/${survey.id}`)).status).toBe(409);
      expect((await as(p.tokens.referent).get(`/api/outcome-surveys/${survey.id}`)).status).toBe(200);
    });

    it('one survey per laureate; months saved within 0 to 36', async () => {
      expect((await as(p.tokens.lead).post('/api/outcome-surveys', { laureateId: p.laureates.own })).status).toBe(409);
      const res = await as(p.tokens.otherManager).post('/api/outcome-surveys', { laureateId: p.laureates.other, monthsSaved: 37 });
      expect(res.status).toBe(400);
      expect(res.body.errors).toHaveProperty('monthsSaved');
    });
  });
});
