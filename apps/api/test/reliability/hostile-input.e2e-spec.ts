import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { hasForbiddenCharacter } from '../../src/common/validation/text-rules.js';
import { seedProgramme, type Programme } from '../fixtures.js';
import { bearer, createAccount, login, startTestApp, type TestApp } from '../test-app.js';
import { listRoutes, listVocabulary, openApiOperations, prototypeNames, prototypeSnapshot, type Operation, type Schema } from './routes.js';

/**
 * Property-based hostile input (issue 13): every create (POST) and update (PUT) endpoint of the OpenAPI document,
 * and every list's sort/range/filter, fed wrong types, missing and extra fields, long strings, control characters
 * and unusual Unicode, SQL and HTML metacharacters, out-of-range numbers, impossible dates, malformed and deeply
 * nested JSON, Object.prototype names as keys. Every answer must be below 500, a 4xx must carry a message, and a
 * refused write must leave every table's row count as it was. The figures go to `.data/hostile-input.json`.
 */
/** Cases per part, scaled by HOSTILE_RUNS (a factor: 10 for a long run); about 40 s as set. */
const SCALE = Number(process.env.HOSTILE_RUNS ?? 1);
const RUNS = { writes: Math.round(1000 * SCALE), lists: Math.round(400 * SCALE), rawBodies: Math.round(200 * SCALE) };
const SEED = Number(process.env.HOSTILE_SEED ?? Date.now() % 1_000_000);

let t: TestApp;
let token: string;
let p: Programme;
let writes: Operation[];
let lists: { path: string; sortable: string[]; filters: string[] }[];
let countSql: string;
const stats = { seed: SEED, cases: 0, byStatus: {} as Record<string, number>, serverErrors: 0, rowCountChanges: 0, missingMessages: 0, storedControlCharacters: 0, samples: [] as unknown[], refusedBy: {} as Record<string, number>, examples: {} as Record<string, string> };

beforeAll(async () => {
  t = await startTestApp();
  const email = 'hostile.fuzzer@test.aic';
  await createAccount(t.dataSource, email, ['admin', 'programme_lead']);
  token = await login(t.http, email);
  p = await seedProgramme(t, 'hostile');
  writes = (await openApiOperations(t.http)).filter((op) => (op.method === 'post' || op.method === 'put') && op.body?.properties);
  lists = [];
  for (const path of await listRoutes(t.http, token)) lists.push({ path, ...(await listVocabulary(t.http, token, path)) });
  // One query for every table's row count (login_attempts excepted: a refused login is recorded by design).
  const tables: { name: string }[] = await t.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('login_attempts', 'migrations') ORDER BY 1`,
  );
  countSql = `SELECT ${tables.map(({ name }) => `(SELECT count(*) FROM "${name}")::int AS "${name}"`).join(', ')}`;
});
afterAll(() => t?.close());

// ---- hostile values --------------------------------------------------------------------------------------------

const PROTO = ['__proto__', ...prototypeNames()];
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u0007\u001b[31m',
  'a\tb',
  'line\nbreak',
  '\r\n',
  '\u200b\u200c\u200d\u2060\ufeff',
  '\u00a0\u2003\u3000',
  '\u202eevil\u202c',
  'Acade\u0301mie',
  '\ud800',
  '\udfff lone',
  '😀👩‍👩‍👧',
  'ﷺ'.repeat(50),
  "'; DROP TABLE organisations; --",
  "' OR '1'='1",
  '%_\\',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  'x'.repeat(5001),
  'é'.repeat(20001),
  '1e3',
  '0x10',
  'NaN',
  'null',
  'true',
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '99999-01-01',
  '2024-02-29',
  '2026-04-14T25:00:00Z',
  '2026-04-14T09:30:00Z',
  'http://',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
];
const NASTY_NUMBERS = [0, -0, -1, 1, 1.5, 1e-7, 0.1 + 0.2, 2147483647, 2147483648, -2147483649, 1e15, 1e308, Number.MAX_SAFE_INTEGER + 2, 999999999999.99, 1000000000000];
const deep = (levels: number) => JSON.parse('['.repeat(levels) + ']'.repeat(levels)) as unknown;

/** One odd character inside ordinary text: what slips past a check of the whole value's type. */
const ODD = ['\u0000', '\u0001', '\u001f', '\u007f', '\u0085', '\u009f', '\ud800', '\udc00', '\ufffe', '\t', '\n', '\r', '\u2028', '\u200b', '\u00a0', '\u0301', '\u202e'];
const spiked = fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom(...ODD), fc.string({ maxLength: 12 })).map(([a, odd, b]) => `${a}${odd}${b}`);
const hostileString = fc.oneof(fc.constantFrom(...NASTY_STRINGS), spiked, fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }));
const hostileNumber = fc.oneof(fc.constantFrom(...NASTY_NUMBERS), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const protoObject = fc.dictionary(fc.constantFrom(...PROTO.filter((k) => k !== '__proto__')), fc.constantFrom<unknown>(1, 'x', null, {}), { maxKeys: 3 });
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: hostileString },
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(hostileString, hostileNumber, fc.constant(null)), { maxLength: 4 }),
  protoObject,
  fc.constant(deep(30)),
);

/** Seeded record ids by resource (`laureate`, `season`…), and all of them. */
type Ids = Record<string, number[]> & { all: number[] };
/** A property named `<ref>Id(s)` refers to this resource's records. */
const REFERENCES: Record<string, string> = { parent: 'organisation', carrierOrganisation: 'organisation', owner: 'user', accelerationManager: 'user', member: 'user' };

/** A plausible value for a property of a body schema, so that one hostile field among valid ones reaches the deeper layers. */
function plausibleFor(schema: Schema, ids: Ids, name = ''): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (name === 'version') return fc.constantFrom(1, 2);
  const ref = /^(\w+?)Ids?$/.exec(name)?.[1];
  if (ref) {
    const own = ids[REFERENCES[ref] ?? ref] ?? ids.all;
    return schema.type === 'array' ? fc.subarray(own, { maxLength: Math.min(3, own.length) }) : fc.constantFrom(...own);
  }
  if (schema.type === 'integer' || (schema.type === 'number' && schema.minimum === 1)) {
    return schema.maximum !== undefined && schema.maximum < 1_000_000 ? fc.integer({ min: schema.minimum ?? 0, max: schema.maximum }) : fc.constantFrom(...ids.all);
  }
  if (schema.type === 'number') return fc.integer({ min: 1, max: 10_000_000 }).map((cents) => cents / 100);
  if (schema.type === 'boolean') return fc.boolean();
  const day = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-01-01'), noInvalidDate: true });
  if (schema.format === 'date') return day.map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'date-time') return day.map((d) => d.toISOString());
  if (schema.type === 'array') {
    const item = schema.items?.properties ? bodyFor(schema.items, ids).map((entries) => Object.fromEntries(entries)) : plausibleFor(schema.items ?? {}, ids, name);
    return fc.array(item, { maxLength: 3 });
  }
  return fc.oneof(fc.string({ minLength: 2, maxLength: 30 }), fc.constantFrom('Association Météo Libre', 'contact@example.org', 'https://example.org', '+33 1 23 45 67 89'));
}

/**
 * A body for a schema: a plausible value for each property (required ones nearly always, others half the time),
 * then up to two mutations: a property, an extra key or an Object.prototype name given a hostile value.
 */
function bodyFor(schema: Schema, ids: Ids): fc.Arbitrary<[string, unknown][]> {
  const props = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const base = fc.tuple(...props.map(([name, s]) => fc.option(plausibleFor(s, ids, name).map((v): [string, unknown] => [name, v]), { nil: undefined, freq: required.has(name) ? 12 : 2 })));
  const key = fc.oneof(
    ...(props.length ? [{ weight: 6, arbitrary: fc.constantFrom(...props.map(([name]) => name)) }] : []),
    { weight: 2, arbitrary: fc.constantFrom(...PROTO, 'id', 'createdAt', 'version') },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const mutations = fc.array(fc.tuple(key, hostileValue), { maxLength: 2 });
  return fc.tuple(base, mutations).map(([b, m]) => {
    const entries = b.filter((e): e is [string, unknown] => e !== undefined);
    for (const [k, v] of m) {
      const at = entries.findIndex(([name]) => name === k);
      if (at >= 0) entries[at] = [k, v];
      else entries.push([k, v]);
    }
    return entries;
  });
}

/** JSON text of entries, keys as given: `JSON.stringify` of an object could not carry `__proto__` or duplicates. */
const json = (entries: [string, unknown][]) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;

/** An id for a path: a record of the path's resource (never the fuzzing account itself), or a malformed one. */
const pathId = (ids: Ids, path: string) => {
  const resource = /^\/api\/([a-z-]+?)s\//.exec(path)?.[1]?.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) ?? '';
  return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...(ids[resource] ?? ids.all)).map(String) }, { weight: 1, arbitrary: fc.constantFrom('0x10', '1e3', '-1', '0', '01', '2147483648', '1.0', 'abc', '%00', '%E2%80%8B1') });
};

/** The programme of the fixtures plus one record of each resource a body refers to. */
async function seedIds(): Promise<Ids> {
  const post = async (resource: string, body: object) => {
    const res = await request(t.http).post(`/api/${resource}`).set(bearer(token)).send(body);
    if (res.status !== 201) throw new Error(`${resource}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as number;
  };
  const laureateId = p.laureates.own;
  const committee = await post('committees', { seasonId: p.seasonId, kind: 'acceleration', title: 'Comité hostile' });
  await post('agenda-items', { committeeId: committee, laureateId });
  const ids: Omit<Ids, 'all'> = {
    season: [p.seasonId],
    laureate: [p.laureates.own, p.laureates.other],
    organisation: Object.values(p.organisations),
    user: [p.users.manager, p.users.otherManager, p.users.referent],
    committee: [committee],
    objective: [await post('objectives', { laureateId, axis: 'consolidate', title: 'Objectif hostile' })],
    diagnostic: [await post('diagnostics', { laureateId })],
    contact: [await post('contacts', { firstName: 'Camille', lastName: 'Hostile' })],
    grant: [await post('grants', { laureateId, amount: 1000, purpose: 'hiring' })],
    decision: [await post('decisions', { committeeId: committee, laureateId, outcome: 'continue' })],
  };
  return { ...ids, all: [...new Set(Object.values(ids).flat())] } as Ids;
}

// ---- running and checking ----------------------------------------------------------------------------------------

async function rowCounts(): Promise<string> {
  return JSON.stringify((await t.dataSource.query(countSql))[0]);
}

/** Every string of a JSON answer. */
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(strings) : [];

async function check(label: string, send: () => request.Test, write: boolean): Promise<void> {
  const before = write ? await rowCounts() : '';
  const res = await send();
  stats.cases++;
  stats.byStatus[res.status] = (stats.byStatus[res.status] ?? 0) + 1;
  const sample = () => stats.samples.length < 10 && stats.samples.push({ label, status: res.status, body: res.body });
  if (res.status >= 500) {
    stats.serverErrors++;
    sample();
  } else if (write && res.status < 300 && strings(res.body).some(hasForbiddenCharacter)) {
    stats.storedControlCharacters++;
    sample();
  } else if (res.status >= 400) {
    const reason = `${res.status} ${Object.keys(res.body?.errors ?? {})[0] ?? String(res.body?.message).slice(0, 40)}`;
    stats.refusedBy[reason] = (stats.refusedBy[reason] ?? 0) + 1;
    if (stats.refusedBy[reason] === 1) stats.examples[reason] = `${label.slice(0, 160)} → ${JSON.stringify(res.body).slice(0, 200)}`;
    if (typeof res.body?.message !== 'string' || res.body.message === '' || res.body.statusCode !== res.status) {
      stats.missingMessages++;
      sample();
    }
    if (write && (await rowCounts()) !== before) {
      stats.rowCountChanges++;
      sample();
    }
  }
}

describe('hostile input, property-based', () => {
  it('answers every hostile create, update and list query below 500, writing nothing when it refuses', async () => {
    const started = Date.now();
    const prototypeBefore = prototypeSnapshot();
    const ids = await seedIds();
    expect(writes.length).toBeGreaterThanOrEqual(30);
    expect(lists.length).toBeGreaterThanOrEqual(18);

    const writeCase = fc.constantFrom(...writes).chain((op) => fc.tuple(fc.constant(op), bodyFor(op.body!, ids), pathId(ids, op.path)));
    await fc.assert(
      fc.asyncProperty(writeCase, async ([op, entries, id]) => {
        const path = op.path.replace(/\{[^}]+\}/g, id);
        await check(`${op.method.toUpperCase()} ${op.path} ${json(entries).slice(0, 300)}`, () => request(t.http)[op.method](path).set(bearer(token)).set('Content-Type', 'application/json').send(json(entries)), true);
      }),
      { numRuns: RUNS.writes, seed: SEED, endOnFailure: true },
    );

    const rawBody = fc.oneof(
      fc.constantFrom(
        '{',
        '{"name":',
        '[]',
        '"text"',
        '42',
        'null',
        '{"__proto__":{"polluted":1}}',
        '{"constructor":{"prototype":{"polluted":1}}}',
        `{"name":${'['.repeat(3000)}${']'.repeat(3000)}}`,
        `${'{"a":'.repeat(40)}1${'}'.repeat(40)}`,
        `{${Array.from({ length: 2100 }, (_, i) => `"k${i}":1`).join(',')}}`,
        '{"name":"\\u0000"}',
        '{"name":"\\ud800"}',
      ),
      fc.string({ unit: 'binary', maxLength: 60 }),
    );
    const rawCase = fc.constantFrom(...writes).chain((op) => fc.tuple(fc.constant(op), rawBody, pathId(ids, op.path))).chain(([op, body, id]) => fc.tuple(fc.constant(op), fc.constant(body), fc.constant(id), fc.constantFrom('application/json', 'application/json; charset=latin1', 'application/json; charset=utf-8'), fc.boolean()));
    await fc.assert(
      fc.asyncProperty(rawCase, async ([op, body, id, type, invalidUtf8]) => {
        const path = op.path.replace(/\{[^}]+\}/g, id);
        const bytes = invalidUtf8 ? Buffer.concat([Buffer.from(body.slice(0, 10)), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(body.slice(10))]) : Buffer.from(body);
        await check(`${op.method.toUpperCase()} ${op.path} raw ${body.slice(0, 80)}`, () => request(t.http)[op.method](path).set(bearer(token)).set('Content-Type', type).send(bytes), true);
      }),
      { numRuns: RUNS.rawBodies, seed: SEED },
    );

    const listCase = fc.constantFrom(...lists).chain((list) => {
      const field = fc.oneof(fc.constantFrom(...list.sortable, ...PROTO), hostileString);
      const sort = fc.oneof(fc.tuple(field, fc.constantFrom<unknown>('ASC', 'desc', 'DROP', 1, null)).map((s) => JSON.stringify(s)), hostileString);
      const range = fc.oneof(fc.tuple(hostileNumber, hostileNumber).map((r) => JSON.stringify(r)), hostileString, fc.constant('[0,24]'));
      const key = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...list.filters, 'q', 'id') }, fc.constantFrom(...PROTO), fc.string({ maxLength: 10 }));
      const filterValue = fc.oneof(hostileValue, fc.constantFrom(...ids.all), fc.array(fc.constantFrom(...ids.all), { maxLength: 3 }));
      const filter = fc.oneof(fc.array(fc.tuple(key, filterValue), { maxLength: 3 }).map(json), hostileString, fc.constant(`{"q":${'['.repeat(100)}${']'.repeat(100)}}`));
      const fieldName = fc.oneof(fc.constantFrom(...list.sortable, ...PROTO, 'passwordHash'), hostileString);
      const fields = fc.oneof(fc.array(fieldName, { maxLength: 4 }).map((names) => JSON.stringify(names)), hostileString);
      const query = fc.record({ sort, range, filter, fields }, { requiredKeys: [] });
      return fc.tuple(fc.constant(list.path), query);
    });
    await fc.assert(
      fc.asyncProperty(listCase, async ([path, query]) => {
        await check(`GET ${path} ${JSON.stringify(query).slice(0, 300)}`, () => request(t.http).get(path).query(query).set(bearer(token)), false);
      }),
      { numRuns: RUNS.lists, seed: SEED },
    );

    // Afterwards: Object.prototype untouched, ordinary reads and writes still work.
    const prototypeChanged = JSON.stringify(Object.keys(prototypeSnapshot())) !== JSON.stringify(Object.keys(prototypeBefore));
    const ordinary: string[] = [];
    for (const list of lists) ordinary.push(`GET ${list.path} ${(await request(t.http).get(list.path).set(bearer(token))).status}`);
    const created = await request(t.http).post('/api/organisations').set(bearer(token)).send({ name: 'Après le passage hostile', kind: 'association' });
    ordinary.push(`POST /api/organisations ${created.status}`);
    const updated = await request(t.http).put(`/api/organisations/${created.body.id}`).set(bearer(token)).send({ version: created.body.version, acronym: 'APH' });
    ordinary.push(`PUT /api/organisations/:id ${updated.status}`);
    const read = await request(t.http).get(`/api/organisations/${created.body.id}`).set(bearer(token));
    ordinary.push(`GET /api/organisations/:id ${read.status} ${read.body.acronym}`);
    const failedOrdinary = ordinary.filter((line) => !/ (200|201)( APH)?$/.test(line));

    const report = { ...stats, prototypeChanged, failedOrdinary, seconds: Math.round((Date.now() - started) / 1000), endpoints: { writes: writes.length, lists: lists.length } };
    const out = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../.data/hostile-input.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`hostile input: ${stats.cases} cases, ${stats.serverErrors} answers 5xx, ${stats.rowCountChanges} refused writes that changed rows, seed ${SEED} (${out})`);
    expect(stats.samples).toEqual([]);
    const { serverErrors, rowCountChanges, missingMessages, storedControlCharacters } = stats;
    expect({ serverErrors, rowCountChanges, missingMessages, storedControlCharacters, prototypeChanged, failedOrdinary }).toEqual({
      serverErrors: 0,
      storedControlCharacters: 0,
      rowCountChanges: 0,
      missingMessages: 0,
      prototypeChanged: false,
      failedOrdinary: [],
    });
  }, 180_000 * Math.max(1, SCALE));
});
