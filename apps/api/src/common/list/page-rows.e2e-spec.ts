import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { seedProgramme } from '../../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { Grant } from '../../funding/grants/grant.entity.js';
import { Laureate } from '../../accompaniment/laureates/laureate.entity.js';
import { Season } from '../../programme/seasons/season.entity.js';
import { User } from '../../platform/users/user.entity.js';
import { pageRows } from './page-rows.js';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  const p = await seedProgramme(t, 'rows');
  await t.dataSource.query(`UPDATE laureates SET themes = ARRAY['climat', 'données'], started_on = '2026-01-15', phase2_started_on = NULL WHERE id = $1`, [p.laureates.own]);
  await t.dataSource.query(
    `INSERT INTO grants (laureate_id, purpose, amount, status, agreement_signed_on) VALUES ($1, 'other', 12345.67, 'agreement_signed', '2026-03-01')`,
    [p.laureates.own],
  );
});
afterAll(() => t.close());

describe('pageRows (list pages without the generic entity transformer)', () => {
  it.each<[string, EntityTarget<ObjectLiteral>, string]>([
    ['laureates: dates, arrays, nulls', Laureate, 'laureate'],
    ['grants: euros (numeric through a transformer)', Grant, 'grant'],
    ['seasons', Season, 'season'],
    ['users: a column never selected (password hash)', User, 'u'],
  ])('gives exactly what getMany gives: %s', async (_, entity, alias) => {
    const qb = () => t.dataSource.getRepository(entity).createQueryBuilder(alias).orderBy(`${alias}.id`, 'DESC').skip(0).take(25);
    const expected = await qb().getMany();
    expect(expected.length).toBeGreaterThan(0);
    const rows = await pageRows(qb());
    expect(rows).toEqual(expected);
    expect(rows.map((r) => r.constructor)).toEqual(expected.map((r) => r.constructor));
    expect(JSON.stringify(rows)).toBe(JSON.stringify(expected));
  });

  it('falls back to getMany for a partial selection', async () => {
    const qb = t.dataSource.getRepository(Season).createQueryBuilder('season').select(['season.id', 'season.name']);
    expect(await pageRows(qb)).toEqual(await qb.getMany());
  });
});
