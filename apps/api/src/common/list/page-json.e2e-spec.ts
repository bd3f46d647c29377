import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata.js';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { seedDemoIfEmpty } from '../../demo/seed-demo.js';
import { findList } from './find-list.js';
import { parseListQuery } from './list-query.js';
import type { ListSpec } from './list-spec.js';
import { pageRows } from './page-rows.js';

let t: TestApp;

beforeAll(async () => {
  // The demo data: every kind of value (dates, timestamps, arrays, JSON, euros, nulls) in real records.
  t = await startTestApp({ demo: true });
  await seedDemoIfEmpty(t.dataSource, () => {});
  // An audit event with a JSON change set (the demo data is written without any).
  await t.dataSource.query(
    `INSERT INTO audit_events (actor_id, actor_email, action, resource, record_id, changes, request_id) VALUES (NULL, 'jo@example.test', 'update', 'laureates', '1', '{"name": {"from": "A", "to": "B"}, "amount": 12.5}', 'r-1')`,
  );
});
afterAll(() => t.close());

const ALIAS = 'row';

/** A list of the whole table by primary key, 100 rows a page, as a resource's ListSpec would declare it. */
function specOf(metadata: EntityMetadata): ListSpec<any> {
  const key = metadata.primaryColumns[0].propertyName;
  return { resource: metadata.tableName, alias: ALIAS, sortable: { id: `${ALIAS}.${key}` }, defaultSort: ['id', 'ASC'], filters: {} };
}

describe('list pages written as JSON by PostgreSQL', () => {
  it('give, for every entity whose columns it knows, the JSON of the entities themselves', async () => {
    const written: string[] = [];
    for (const metadata of t.dataSource.entityMetadatas) {
      if (metadata.primaryColumns.length !== 1) continue;
      const spec = specOf(metadata);
      const query = parseListQuery({ range: '[0,99]' }, spec);
      const qb = () => t.dataSource.getRepository(metadata.target).createQueryBuilder(ALIAS);
      const page = await findList(qb(), query, spec, { json: true });
      if (!('json' in page)) continue;
      const expected = await pageRows(qb().orderBy(`${ALIAS}.${metadata.primaryColumns[0].propertyName}`, 'ASC').skip(0).take(100));
      // Same values, same keys; only number formatting (12.50) and key order may differ in the text.
      expect({ table: metadata.tableName, rows: JSON.parse(page.json) }).toEqual({ table: metadata.tableName, rows: JSON.parse(JSON.stringify(expected)) });
      expect(page.count).toBe(expected.length);
      if (expected.length > 0) written.push(metadata.tableName);
    }
    // The lists the API answers this way most, each compared on real rows (timestamps, dates, arrays, euros, bigint ids).
    expect(written).toEqual(expect.arrayContaining(['laureates', 'actions', 'interactions', 'objectives', 'partnerships', 'decisions', 'disbursements', 'seasons', 'users', 'audit_events']));
  });

  it.each(['calls', 'grants'])('leave to the entities what they cannot write (%s: a transformer of its own, virtual columns)', async (table) => {
    const metadata = t.dataSource.entityMetadatas.find((m) => m.tableName === table)!;
    const spec = specOf(metadata);
    const page = await findList(t.dataSource.getRepository(metadata.target).createQueryBuilder(ALIAS), parseListQuery({}, spec), spec, { json: true });
    expect('rows' in page).toBe(true);
  });

  it('keep the JSON of an empty page and a page past the end', async () => {
    const laureates = t.dataSource.entityMetadatas.find((m) => m.tableName === 'laureates')!;
    const spec = specOf(laureates);
    const empty = await findList(t.dataSource.getRepository(laureates.target).createQueryBuilder(ALIAS).where('false'), parseListQuery({}, spec), spec, { json: true });
    expect(empty).toMatchObject({ total: 0, start: 0 });
    expect('json' in empty ? JSON.parse(empty.json) : empty.rows).toEqual([]);
    const past = await findList(t.dataSource.getRepository(laureates.target).createQueryBuilder(ALIAS), parseListQuery({ range: '[5000,5024]' }, spec), spec, { json: true });
    expect(past.total).toBeGreaterThan(0);
    expect('json' in past ? JSON.parse(past.json) : past.rows).toEqual([]);
  });
});
