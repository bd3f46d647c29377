import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { FRENCH_COLLATION, type ListSpec } from '../src/common/list/list-spec.js';
import { NormaliseNames1765200000001 } from '../src/migrations/1765200000001-NormaliseNames.js';
import { accountsByRole, bearer, type TestApp, startTestApp } from './test-app.js';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = (await accountsByRole(t, 'text')).tokens.admin;
});
afterAll(() => t.close());

const post = (resource: string, body: object) => request(t.http).post(`/api/${resource}`).set(bearer(admin)).send(body);

/** The same name as a person reads it, written five other ways. */
const lookAlikes = (name: string) => [
  name.normalize('NFD'), // decomposed accents
  name.replace(' ', '\u00a0'), // non-breaking space
  name.replace(' ', ' \u200b'), // zero-width space
  name.replace(' ', '  '), // double space
  name.toUpperCase(),
];

describe('look-alike names are one name (409)', () => {
  const cases: Array<[string, string, (value: string) => object]> = [
    ['organisations', 'name', (name) => ({ name, kind: 'association' })],
    ['seasons', 'name', (name) => ({ name, year: 2027 })],
    ['users', 'email', (email) => ({ email, fullName: 'Homonyme', roles: ['referent'], password: 'a-long-enough-secret' })],
  ];

  it.each(cases)('%s: NFC vs NFD, NBSP, zero-width, double space, case → 409 naming the field', async (resource, field, body) => {
    const original = resource === 'users' ? 'zoé.élise@académie.test' : `Académie de Créteil ${resource}`;
    expect((await post(resource, body(original))).status).toBe(201);
    const variants = resource === 'users' ? [original.normalize('NFD'), ` ${original}\u200b`, original.toUpperCase()] : lookAlikes(original);
    for (const variant of variants) {
      const res = await post(resource, body(variant));
      expect({ variant, status: res.status }).toEqual({ variant, status: 409 });
      expect(res.body.message).toBe(`Cette valeur de « ${field} » existe déjà`);
      expect(res.body.errors).toEqual({ [field]: 'Valeur déjà utilisée' });
    }
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${resource} WHERE aic_name_key(${field}) = aic_name_key($1)`, [original]);
    expect(n).toBe(1);
  });

  it('a laureate name is unique per season, ignoring the same differences', async () => {
    const seasonId = (await post('seasons', { name: 'Saison des homonymes', year: 2027 })).body.id;
    const laureate = (name: string) => post('laureates', { seasonId, name, track: 'dinum' });
    expect((await laureate('Énergie Partagée')).status).toBe(201);
    for (const variant of lookAlikes('Énergie Partagée')) {
      const res = await laureate(variant);
      expect({ variant, status: res.status }).toEqual({ variant, status: 409 });
      expect(Object.keys(res.body.errors)).toEqual(['seasonId', 'name']);
    }
  });

  it('distinct names stay distinct (accents are not ignored)', async () => {
    expect((await post('organisations', { name: 'Résumé', kind: 'association' })).status).toBe(201);
    expect((await post('organisations', { name: 'Resume', kind: 'association' })).status).toBe(201);
  });
});

describe('migration 1765200000001: existing names are cleaned, look-alike duplicates stop it', () => {
  /** Migrations run as the tables' owner (the API's role may not touch indexes). */
  async function runNormalise() {
    const asOwner = { query: async (sql: string, parameters?: unknown[]) => (await t.asOwner(sql, parameters)).rows } as unknown as QueryRunner;
    await new NormaliseNames1765200000001().up(asOwner);
  }

  it('fails naming the colliding rows, then cleans the names once they are resolved', async () => {
    await t.asOwner(`DROP INDEX "UQ_organisations_name"`);
    try {
      const [{ id: a }] = await t.dataSource.query(`INSERT INTO organisations (name, kind) VALUES ('Maison  des Communs', 'association') RETURNING id`);
      const [{ id: b }] = await t.dataSource.query(`INSERT INTO organisations (name, kind) VALUES ('maison des communs', 'association') RETURNING id`);
      const [{ id: c }] = await t.dataSource.query(`INSERT INTO organisations (name, kind) VALUES (E' Cafe\\u0301\\u00a0Solidaire\\u200b ', 'association') RETURNING id`);
      await expect(runNormalise()).rejects.toThrow(`organisations ${a} "Maison  des Communs", organisations ${b} "maison des communs"`);
      await t.dataSource.query(`DELETE FROM organisations WHERE id = $1`, [b]);
      await runNormalise();
      const rows = await t.dataSource.query(`SELECT id, name FROM organisations WHERE id IN ($1, $2) ORDER BY id`, [a, c]);
      expect(rows.map((r: { name: string }) => r.name)).toEqual(['Maison des Communs', 'Café Solidaire']);
    } finally {
      await t.asOwner(`CREATE UNIQUE INDEX "UQ_organisations_name" ON organisations (aic_name_key(name))`);
    }
  });
});

describe('lists sort text in French', () => {
  const names = ['abeille', 'Académie de Créteil', "API de l'Engagement", 'École', 'Zèbre'];
  const shuffled = [names[3], names[1], names[4], names[0], names[2]];

  async function sortedNames(resource: string, field: string, order: 'ASC' | 'DESC', filter: object) {
    const res = await request(t.http)
      .get(`/api/${resource}`)
      .query({ sort: JSON.stringify([field, order]), filter: JSON.stringify(filter), range: '[0,99]' })
      .set(bearer(admin));
    expect(res.status).toBe(200);
    return res.body.map((row: Record<string, string>) => row[field].replace(/ \[tri\]$/, ''));
  }

  it('organisations, seasons, laureates, contacts, users and staff members: ASC and DESC', async () => {
    const seasonId = (await post('seasons', { name: 'Saison du tri', year: 2028 })).body.id;
    const orgIds: number[] = [];
    for (const name of shuffled) {
      orgIds.push((await post('organisations', { name: `${name} [tri]`, kind: 'association' })).body.id);
      expect((await post('seasons', { name: `${name} [tri]`, year: 2029 })).status).toBe(201);
      expect((await post('laureates', { seasonId, name: `${name} [tri]`, track: 'dinum' })).status).toBe(201);
      expect((await post('contacts', { firstName: 'Tri', lastName: `${name} [tri]` })).status).toBe(201);
      expect((await post('users', { email: `${orgIds.length}@tri.test`, fullName: `${name} [tri]`, roles: ['referent'], password: 'a-long-enough-secret' })).status).toBe(201);
    }
    const lists: Array<[string, string, object]> = [
      ['organisations', 'name', { id: orgIds }],
      ['seasons', 'name', { year: 2029 }],
      ['laureates', 'name', { seasonId }],
      ['contacts', 'lastName', { q: 'tri' }],
      ['users', 'fullName', { q: 'tri.test' }],
      ['staff-members', 'fullName', { q: '[tri]' }],
    ];
    for (const [resource, field, filter] of lists) {
      expect({ resource, order: await sortedNames(resource, field, 'ASC', filter) }).toEqual({ resource, order: names });
      expect({ resource, order: await sortedNames(resource, field, 'DESC', filter) }).toEqual({ resource, order: [...names].reverse() });
    }
  });

  it('every text column a list sorts by is sorted in French (all *.list-spec.ts), codes of enumerations aside', async () => {
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.list-spec.ts'));
    const specs: ListSpec[] = [];
    for (const file of files) {
      const module: Record<string, unknown> = await import(`${src}${file}`);
      specs.push(...Object.values(module).filter((v): v is ListSpec => typeof v === 'object' && v !== null && 'sortable' in v));
    }
    expect(specs.length).toBeGreaterThanOrEqual(18);
    // Resources that list another table's rows: staff from users, season publications one per season.
    const TABLE_OF = new Map([['staff-members', 'users'], ['season-publications', 'seasons']]);
    const table = (resource: string) => TABLE_OF.get(resource) ?? resource.replace(/-/g, '_');
    const notFrench: string[] = [];
    let checked = 0;
    for (const spec of specs) {
      const metadata = t.dataSource.entityMetadatas.find((m) => m.tableName === table(spec.resource));
      expect({ resource: spec.resource, found: Boolean(metadata) }).toEqual({ resource: spec.resource, found: true });
      for (const [field, expression] of Object.entries(spec.sortable)) {
        const property = expression.match(new RegExp(`^${spec.alias}\\.(\\w+)(?: COLLATE "${FRENCH_COLLATION}")?$`))?.[1];
        const column = property ? metadata!.findColumnWithPropertyName(property) : undefined;
        const filter = spec.filters[field];
        if (column?.type !== 'text' || filter?.type === 'enum') continue;
        checked++;
        if (!expression.endsWith(`COLLATE "${FRENCH_COLLATION}"`)) notFrench.push(`${spec.resource}.${field}`);
      }
    }
    expect(notFrench).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(18);
  });

  it('the name indexes serve the French order (no sort of the whole table)', async () => {
    for (const [table, column, index] of [
      ['organisations', 'name', 'IDX_organisations_name'],
      ['laureates', 'name', 'IDX_laureates_name'],
      ['contacts', 'last_name', 'IDX_contacts_name'],
    ]) {
      const plan = await t.dataSource.transaction(async (em) => {
        await em.query('SET LOCAL enable_seqscan = off');
        const rows = await em.query(`EXPLAIN SELECT id FROM ${table} ORDER BY ${column} COLLATE "fr-x-icu" DESC NULLS FIRST, id DESC LIMIT 25`);
        return rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
      });
      expect(plan).toMatch(new RegExp(`Index (Only )?Scan Backward using "${index}"`));
      expect(plan).not.toMatch(/\bSort\b/);
    }
  });
});
