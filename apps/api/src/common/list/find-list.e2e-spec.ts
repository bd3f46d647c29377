import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import pg from 'pg';
import { startTestApp, type TestApp } from '../../../test/test-app.js';
import { Organisation } from '../../directory/organisations/organisation.entity.js';
import { organisationListSpec } from '../../directory/organisations/organisations.list-spec.js';
import { findList } from './find-list.js';
import { parseListQuery } from './list-query.js';
import type { ListSpec } from './list-spec.js';

let t: TestApp;
let ids: number[];
let suffix: string;

beforeAll(async () => {
  t = await startTestApp();
  suffix = Date.now().toString(36);
  const rows: Array<{ id: number }> = await t.dataSource.query(
    `INSERT INTO organisations (name, kind) SELECT 'Liste ' || $1 || ' ' || g, 'association' FROM generate_series(1, 3) g RETURNING id`,
    [suffix],
  );
  ids = rows.map((r) => r.id);
});
afterAll(() => t.close());

/**
 * Spies on every statement sent to PostgreSQL (all go through a pooled pg client, TypeORM's and the list pages' reused
 * plans alike); keeps those on the organisations (alias "org"), not the job queue's polling.
 */
function spyStatements() {
  const sent = jest.spyOn(pg.Client.prototype, 'query');
  const texts = () =>
    sent.mock.calls
      .map(([config]) => String(typeof config === 'string' ? config : (config as { text?: string }).text))
      .filter((text) => text.includes('"org"'));
  return { texts, restore: () => sent.mockRestore() };
}

/** findList over organisations, with the statements it sends: how many, and how many count rows. */
async function list(raw: { filter?: object; range?: [number, number] }) {
  const qb = t.dataSource.getRepository(Organisation).createQueryBuilder('org');
  const query = parseListQuery({ filter: raw.filter && JSON.stringify(raw.filter), range: raw.range && JSON.stringify(raw.range) }, organisationListSpec as ListSpec<any>);
  const statements = spyStatements();
  try {
    const page = await findList(qb, query, organisationListSpec);
    const sql = statements.texts();
    return { total: page.total, rows: page.rows.length, statements: sql.length, counting: sql.filter((text) => /count\(/i.test(text)).length };
  } finally {
    statements.restore();
  }
}

describe('findList totals', () => {
  it("answers react-admin's getMany (ids, no range) without counting: the ids found are the whole list", async () => {
    expect(await list({ filter: { id: ids } })).toEqual({ total: 3, rows: 3, statements: 1, counting: 0 });
    expect(await list({ filter: { id: [ids[0], ids[0], ids[1]] } })).toEqual({ total: 2, rows: 2, statements: 1, counting: 0 });
    expect(await list({ filter: { id: [ids[0], 999_999_999] } })).toEqual({ total: 1, rows: 1, statements: 1, counting: 0 });
  });

  it('counts only when a full page of ids may not hold all of them, in the same statement as the page', async () => {
    expect(await list({ filter: { id: ids }, range: [0, 1] })).toEqual({ total: 3, rows: 2, statements: 1, counting: 1 });
    expect(await list({ filter: { id: ids }, range: [1, 2] })).toEqual({ total: 3, rows: 2, statements: 1, counting: 0 });
  });

  it('counts a page past the end apart (it has no row to carry the total)', async () => {
    expect(await list({ filter: { id: ids }, range: [0, 1] })).toMatchObject({ total: 3 });
    const past = await list({ filter: { id: [...ids, 999_999_998, 999_999_999] }, range: [3, 4] });
    expect(past).toMatchObject({ total: 3, rows: 0 });
    expect(past.statements).toBe(2);
  });
});

describe('a search page', () => {
  /** The search's page (ids), total and statements, its JSON written by PostgreSQL or its rows hydrated. */
  async function search(json: boolean, range: [number, number]) {
    const qb = t.dataSource.getRepository(Organisation).createQueryBuilder('org');
    const query = parseListQuery({ filter: JSON.stringify({ q: `liste ${suffix}` }), range: JSON.stringify(range), sort: '["name","DESC"]' }, organisationListSpec as ListSpec<any>);
    const statements = spyStatements();
    try {
      const page = await findList(qb, query, organisationListSpec, { json });
      const rows: Array<{ id: number }> = 'json' in page ? JSON.parse(page.json) : page.rows;
      return { ids: rows.map((row) => row.id), total: page.total, statements: statements.texts().length };
    } finally {
      statements.restore();
    }
  }

  it('reads the matches, the page and their count in one statement when PostgreSQL writes the JSON, answering as the rows do', async () => {
    for (const range of [[0, 1], [1, 2], [5, 9]] as Array<[number, number]>) {
      const hydrated = await search(false, range);
      expect(hydrated.statements).toBe(range[0] >= 3 ? 1 : 2);
      expect(await search(true, range)).toEqual({ ...hydrated, statements: 1 });
    }
    expect((await search(true, [0, 1])).ids).toEqual([ids[2], ids[1]]);
  });
});

/** A page of the organisations filtered and sorted (rows or PostgreSQL's JSON), with the statements it sent. */
async function sortedPage(listSpec: ListSpec<any>, filter: object, sort: [string, 'ASC' | 'DESC'], range: [number, number], json: boolean) {
  const qb = t.dataSource.getRepository(Organisation).createQueryBuilder('org');
  const query = parseListQuery({ filter: JSON.stringify(filter), sort: JSON.stringify(sort), range: JSON.stringify(range) }, listSpec);
  const statements = spyStatements();
  try {
    const found = await findList(qb, query, listSpec, { json });
    const rows: any[] = 'json' in found ? JSON.parse(found.json) : found.rows;
    return { ids: rows.map((row) => row.id), names: rows.map((row) => row.name), total: found.total, sql: statements.texts().join('\n') };
  } finally {
    statements.restore();
  }
}

describe('a filter that keeps the rows of a few parents (fewRows)', () => {
  // The organisations' list with its `parentId` filter declared as one that keeps few rows.
  const spec: ListSpec<any> = { ...organisationListSpec, filters: { ...organisationListSpec.filters, parentId: { ...organisationListSpec.filters.parentId, fewRows: true } } };
  let parent: number;
  beforeAll(async () => {
    [{ id: parent }] = await t.dataSource.query(`INSERT INTO organisations (name, kind) VALUES ('Tutelle ' || $1, 'ministry') RETURNING id`, [Date.now().toString(36)]);
    await t.dataSource.query(`INSERT INTO organisations (name, kind, parent_id) SELECT 'Direction ' || $1 || ' ' || g, 'directorate', $2 FROM generate_series(1, 4) g`, [
      Date.now().toString(36),
      parent,
    ]);
  });

  const page = (listSpec: ListSpec<any>, sort: [string, 'ASC' | 'DESC'], range: [number, number] = [0, 2], json = false) =>
    sortedPage(listSpec, { parentId: parent }, sort, range, json);

  it('sorts the matching rows first (a sort key no index provides) and answers the same page and total', async () => {
    for (const sort of [['name', 'ASC'], ['name', 'DESC'], ['id', 'DESC']] as Array<[string, 'ASC' | 'DESC']>) {
      const fenced = await page(spec, sort);
      const plain = await page(organisationListSpec as ListSpec<any>, sort);
      expect(fenced.sql).toMatch(/ORDER BY \("org"\."id" < 0\)/);
      expect(plain.sql).not.toMatch(/"id" < 0/);
      expect(fenced).toMatchObject({ ids: plain.ids, total: 4 });
      expect(fenced.ids).toHaveLength(3);
    }
  });

  it('finds the page ids from the sorted matches, then reads only those rows: every page and total as the plain list answers them', async () => {
    for (const json of [false, true]) {
      for (const range of [[0, 2], [2, 3], [3, 5], [0, 9], [4, 6], [9, 11]] as Array<[number, number]>) {
        for (const sort of [['name', 'ASC'], ['name', 'DESC'], ['id', 'ASC']] as Array<[string, 'ASC' | 'DESC']>) {
          const late = await page(spec, sort, range, json);
          const plain = await page(organisationListSpec as ListSpec<any>, sort, range, json);
          expect(late.sql).toMatch(/"org"\."id" = ANY\(ARRAY\(SELECT "org"\."id"/);
          expect({ range, sort, json, ...late, sql: undefined }).toEqual({ range, sort, json, ...plain, sql: undefined });
        }
      }
    }
  });
});

describe('a filter that names its rows\' parents: each parent\'s first rows, merged (pageIdsByParent)', () => {
  // Organisations under a ministry's directorates: the directorates are the parents, the filter names the ministry.
  const underMinistry = (param: string) => `SELECT id FROM organisations WHERE parent_id = :${param}`;
  const fenced = {
    type: 'integer' as const,
    fewRows: true,
    apply: (qb: any, value: unknown, param: string) => void qb.andWhere(`org.parent_id IN (${underMinistry(param)})`, { [param]: value }),
  };
  const plainSpec: ListSpec<any> = { ...organisationListSpec, filters: { ...organisationListSpec.filters, ministryId: fenced } };
  const byParentSpec: ListSpec<any> = { ...organisationListSpec, filters: { ...organisationListSpec.filters, ministryId: { ...fenced, parents: { ids: underMinistry, column: 'org.parent_id' } } } };
  let ministry: number;
  beforeAll(async () => {
    const tag = `${Date.now().toString(36)}`;
    [{ id: ministry }] = await t.dataSource.query(`INSERT INTO organisations (name, kind) VALUES ('Ministère ' || $1, 'ministry') RETURNING id`, [tag]);
    const directorates: Array<{ id: number }> = await t.dataSource.query(
      `INSERT INTO organisations (name, kind, parent_id) SELECT 'Direction ' || $1 || ' ' || g, 'directorate', $2 FROM generate_series(1, 4) g RETURNING id`,
      [tag, ministry],
    );
    // 0, 1, 3 and 5 offices, names interleaved across directorates (the merge must interleave them), two equal names.
    for (const [i, { id }] of directorates.entries()) {
      await t.dataSource.query(
        `INSERT INTO organisations (name, kind, parent_id) SELECT 'Bureau ' || $1 || ' ' || chr(96 + ((g * 7 + $3) % 9) + 1) || CASE WHEN g = 2 THEN '' ELSE ' ' || g || ' ' || $3 END, 'other', $2 FROM generate_series(1, $4::int) g`,
        [tag, id, i, [0, 1, 3, 5][i]],
      );
    }
  });

  const page = (listSpec: ListSpec<any>, sort: [string, 'ASC' | 'DESC'], range: [number, number], json: boolean) => sortedPage(listSpec, { ministryId: ministry }, sort, range, json);

  it('answers every page and total as the list sorted whole does, reading each parent along its own range', async () => {
    for (const json of [false, true]) {
      for (const range of [[0, 2], [2, 4], [0, 8], [3, 10], [7, 9], [9, 11], [20, 24]] as Array<[number, number]>) {
        for (const sort of [['name', 'ASC'], ['name', 'DESC'], ['id', 'ASC'], ['id', 'DESC'], ['createdAt', 'DESC']] as Array<[string, 'ASC' | 'DESC']>) {
          const merged = await page(byParentSpec, sort, range, json);
          const whole = await page(plainSpec, sort, range, json);
          expect(merged.sql).toMatch(/CROSS JOIN LATERAL/);
          expect(whole.sql).not.toMatch(/LATERAL/);
          expect({ range, sort, json, ...merged, sql: undefined }).toEqual({ range, sort, json, ...whole, sql: undefined });
        }
      }
    }
    expect((await page(byParentSpec, ['name', 'ASC'], [0, 99], true)).total).toBe(9);
  });
});
