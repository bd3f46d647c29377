import { DEMO_PASSWORD, type SeasonFigures } from '@aic/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { bearer, login, startTestApp, type TestApp } from '../../../test/test-app.js';
import { seedDemoIfEmpty } from '../../demo/seed-demo.js';

// The published figures of season 1 (blog post of 05/12/2022, press release of 29/11/2022), from the demo data.
describe('GET /api/dashboards (demo data)', () => {
  let t: TestApp;
  let token: string;
  let seasons: Array<{ id: number; year: number }>;
  const get = (path: string, as = token) => request(t.http).get(path).set(bearer(as));

  beforeAll(async () => {
    t = await startTestApp({ demo: true });
    await seedDemoIfEmpty(t.dataSource, () => {});
    token = await login(t.http, 'pilote@demo.aic.test', DEMO_PASSWORD);
    seasons = (await get('/api/seasons?sort=["year","ASC"]')).body;
  });
  afterAll(() => t.close());

  it('season 1: 8 of 9 saved 12 to 24 months, 7 of 9 funded, more than two thirds autonomous, 3 interministerial actions', async () => {
    const res = await get(`/api/dashboards/programme?seasonId=${seasons[0].id}`);
    expect(res.status).toBe(200);
    const { outcomes } = res.body as SeasonFigures;
    expect(outcomes).toMatchObject({ laureates: 9, validatedSurveys: 9, saved12To24Months: 8, funded: 7, interministerialActions: 3, metNewPartners: 9 });
    expect(outcomes.autonomous / outcomes.laureates).toBeGreaterThan(2 / 3);
  });

  it('season 1: laureates by phase, money, commitments and actions from the same data', async () => {
    const figures: SeasonFigures = (await get(`/api/dashboards/programme?seasonId=${seasons[0].id}`)).body;
    expect(figures.laureatesByPhase).toEqual({ phase1: 0, phase2: 0, completed: 9, stopped: 0 });
    expect(figures.money).toEqual({ envelope: 900000, granted: 805000, paid: 805000 });
    expect(Object.values(figures.commitmentsByStatus).reduce((a, b) => a + b, 0)).toBe(10);
    const done = Object.values(figures.actionsByAxis).reduce((sum, byStatus) => sum + byStatus.done, 0);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM actions a JOIN laureates l ON l.id = a.laureate_id WHERE l.season_id = $1 AND a.status = 'done'`, [seasons[0].id]);
    expect(done).toBe(count);
    expect(figures.overdueActions).toBe(0);
  });

  it('season comparison: both seasons side by side with the same figures, draft surveys not counted', async () => {
    const res = await get(`/api/dashboards/season-comparison?seasonIds=${seasons[1].id},${seasons[0].id}`);
    expect(res.status).toBe(200);
    const [first, second] = res.body as SeasonFigures[];
    expect([first.year, second.year]).toEqual([2022, 2023]);
    expect(Object.keys(first.laureatesByPhase)).toEqual(Object.keys(second.laureatesByPhase));
    expect(Object.keys(first.partnershipsByStatus)).toEqual(Object.keys(second.partnershipsByStatus));
    expect(second.outcomes).toMatchObject({ laureates: 4, validatedSurveys: 0, saved12To24Months: 0 });
    expect(second.laureatesByPhase.phase1).toBe(4);
    expect((await get('/api/dashboards/season-comparison?seasonIds=1,abc')).status).toBe(400);
  });

  it('is not for referents', async () => {
    const referent = await login(t.http, 'referent.a@demo.aic.test', DEMO_PASSWORD);
    expect((await get(`/api/dashboards/programme?seasonId=${seasons[0].id}`, referent)).status).toBe(403);
  });
});
