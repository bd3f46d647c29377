import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import type { EntityManager } from 'typeorm';
import { bearer, startTestApp, type TestApp } from '../../../test/test-app.js';
import { seedProgramme, type Programme } from '../../../test/fixtures.js';
import { Action } from '../../accompaniment/actions/action.entity.js';
import { actionListSpec } from '../../accompaniment/actions/actions.list-spec.js';
import type { CustomFilter } from '../list/list-spec.js';
import { PROGRAMME_TODAY_SQL, dayFromToday, today } from './today.js';

/**
 * Whatever the database session's time zone, "today" in SQL is Paris's, as the API's `today()`. Between them, these two
 * zones (UTC+14 and UTC-12) are on another calendar day than Paris at every hour: `CURRENT_DATE` fails one of them.
 */
const ZONES = ['Pacific/Kiritimati', 'Etc/GMT+12', 'UTC', 'Europe/Paris'];

describe("the programme's day in SQL", () => {
  let t: TestApp;
  let p: Programme;
  const inZone = <R>(zone: string, work: (em: EntityManager) => Promise<R>) =>
    t.dataSource.transaction(async (em) => {
      await em.query(`SELECT set_config('TimeZone', $1, true)`, [zone]);
      return work(em);
    });

  beforeAll(async () => {
    t = await startTestApp();
    p = await seedProgramme(t, 'programme-today');
  });
  afterAll(() => t.close());

  it.each(ZONES)('is the day in Paris in a session in %s', async (zone) => {
    const [{ day }] = await inZone(zone, (em) => em.query(`SELECT to_char(${PROGRAMME_TODAY_SQL}, 'YYYY-MM-DD') AS day`));
    expect(day).toBe(today());
  });

  it.each(ZONES)("an action due today in Paris is not overdue, yesterday's is, in a session in %s", async (zone) => {
    const post = (title: string, dueOn: string) =>
      request(t.http).post('/api/actions').set(bearer(p.tokens.manager))
        .send({ laureateId: p.laureates.own, axis: 'deploy', supportType: 'networking', title, dueOn }).expect(201);
    const dueToday = (await post(`Aujourd'hui (${zone})`, today())).body.id as number;
    const dueYesterday = (await post(`Hier (${zone})`, dayFromToday(-1))).body.id as number;
    const overdue = await inZone(zone, async (em) => {
      const qb = em.getRepository(Action).createQueryBuilder('action').select('action.id', 'id').where('action.id IN (:...ids)', { ids: [dueToday, dueYesterday] });
      (actionListSpec.filters.overdue as CustomFilter<Action>).apply(qb, true, 'overdue');
      return (await qb.getRawMany<{ id: number }>()).map((r) => r.id);
    });
    expect(overdue).toEqual([dueYesterday]);
  });

  it.each(ZONES)("a grant's report due today in Paris is missing, tomorrow's not yet, in a session in %s", async (zone) => {
    const grant = async (dueOn: string) =>
      (await request(t.http).post('/api/grants').set(bearer(p.tokens.lead))
        .send({ laureateId: p.laureates.own, amount: 1000, purpose: 'hiring', justificationDueOn: dueOn }).expect(201)).body.id as number;
    const dueToday = await grant(today());
    const dueTomorrow = await grant(dayFromToday(1));
    const rows = await inZone(zone, (em) =>
      em.query(`SELECT grant_id AS id, report_missing AS missing FROM grant_follow_up WHERE grant_id = ANY($1) ORDER BY grant_id`, [[dueToday, dueTomorrow]]));
    expect(rows).toEqual([{ id: dueToday, missing: true }, { id: dueTomorrow, missing: false }]);
  });
});
