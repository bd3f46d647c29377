import { ROLES } from '@aic/domain';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CALLERS, type Caller, expectedStatuses, PERMISSIONS, type Row, type Target } from '../src/common/auth/permissions.js';
import { type Call, CASES } from './permissions/cases.js';
import { buildWorld, freshLaureate, freshRecord, tokenOf, type World } from './permissions/world.js';
import { login, startTestApp, type TestApp } from './test-app.js';

/**
 * The permission matrix (src/common/auth/permissions.ts) against the running API: every route the router
 * registers must have a row, and every cell is called over HTTP as that caller on a record of each laureate.
 */
const ROWS = PERMISSIONS as Record<string, Row>;
const TARGETS: Target[] = ['own', 'other'];
const REFUSALS = new Set([401, 403, 404]);
/** Tables that a refused call may change: sign-in bookkeeping, not data. */
const BOOKKEEPING = ['sessions', 'login_attempts', 'migrations'];

let t: TestApp;
let w: World;
let base: string;

/** The routes as Fastify's router holds them (`METHOD /path`), read from its printed tree and checked one by one. */
function registeredRoutes(): string[] {
  const fastify = t.app.getHttpAdapter().getInstance();
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of fastify.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = line.match(/^((?:[│ ] {3})*)[├└]── (\S+?)(?: \(([A-Z, ]+)\))?$/u);
    if (!match) continue;
    const depth = match[1].length / 4;
    stack.length = depth;
    const printed = stack.join('') + match[2];
    stack.push(match[2]);
    for (const method of match[3]?.split(', ') ?? []) {
      // The tree prints a wildcard under its static prefix without the slash before it (`/api/docs` → `*`).
      const url = [printed, printed.replace(/(?<!\/)\*$/, '/*')].find((u) => fastify.hasRoute({ method: method as 'GET', url: u }));
      if (!url) throw new Error(`misread route ${method} ${printed}`);
      if (method !== 'HEAD') routes.push(`${method} ${url}`);
    }
  }
  return routes;
}

/** What no answer may carry, to anyone: a credential's hash (the audit trail names the field, redacted: `{ before: '***' }`). */
const SECRETS = /\$argon2|"(password_?hash|token_?hash)"\s*:\s*"/i;

async function send(method: string, call: Call, token: string | null): Promise<{ status: number; text: string; secret?: string }> {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  if (call.body) headers['Content-Type'] = 'application/json';
  if (call.raw) headers['Content-Type'] = call.raw.contentType;
  const res = await fetch(base + call.path, { method, headers, body: call.form && method !== 'HEAD' ? multipart(call.form) : call.raw ? call.raw.content : call.body ? JSON.stringify(call.body) : undefined });
  const text = await res.text();
  return { status: res.status, text: text.slice(0, 300), secret: SECRETS.exec(text)?.[0] };
}

function multipart(form: NonNullable<Call['form']>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(form.fields)) data.append(name, value);
  data.append('file', new Blob([form.file.bytes as Uint8Array<ArrayBuffer>]), form.file.name);
  return data;
}

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: width }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  }));
  return results;
}

/** One checksum per data table, to prove that refused calls changed nothing. */
async function dataChecksums(): Promise<Record<string, string>> {
  const tables: Array<{ name: string }> = await t.dataSource.query(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL($1) ORDER BY tablename`, [BOOKKEEPING],
  );
  const rows: Array<{ name: string; sum: string }> = await t.dataSource.query(
    tables.map((x) => `SELECT '${x.name}' AS name, md5(coalesce(string_agg(r::text, ',' ORDER BY r::text), '')) AS sum FROM "${x.name}" r`).join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.sum]));
}

interface Cell {
  key: string;
  method: string;
  caller: Caller;
  target: Target;
  expected: readonly number[];
  call: Call;
}

beforeAll(async () => {
  t = await startTestApp();
  await t.app.listen(0, '127.0.0.1');
  base = await t.app.getUrl();
  base = base.replace('[::1]', '127.0.0.1');
  w = await buildWorld(t);
}, 60_000);
afterAll(() => t.close());

describe('the permission matrix', () => {
  it('has a row for every route the router registers, and no row for a route it does not', () => {
    const routes = registeredRoutes();
    expect(routes.length).toBeGreaterThan(90);
    expect(routes.filter((r) => !(r in ROWS))).toEqual([]);
    expect(Object.keys(ROWS).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('knows how to call every row, and every caller of every role', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(ROWS).sort());
    expect(CALLERS).toEqual(['anonymous', ...ROLES]);
    // Evaluators may go unnamed: the row then expects the guard's refusal (permissions.ts, Row).
    for (const [key, row] of Object.entries(ROWS)) expect([key, CALLERS.filter((c) => c !== 'evaluator' && row[c] === undefined)]).toEqual([key, []]);
  });

  it('answers every cell as the table says, never with a credential hash; refused calls change nothing', async () => {
    const started = Date.now();
    const cells: Cell[] = [];
    for (const [key, row] of Object.entries(ROWS)) {
      const method = key.split(' ')[0];
      for (const caller of CALLERS) for (const target of TARGETS) cells.push({ key, method, caller, target, expected: expectedStatuses(row, caller, target), call: { path: '' } });
    }
    // Fixtures of every call first (one fresh record per write), so that the checksums below see only the calls.
    await inParallel(cells, 4, async (cell) => {
      cell.call = await CASES[cell.key](w, cell.caller, cell.target);
    });
    const prepared = Date.now();
    const failures: string[] = [];
    const run = (batch: Cell[]) =>
      inParallel(batch, 12, async (cell) => {
        const token = cell.call.token === undefined ? tokenOf(w, cell.caller) : cell.call.token;
        // HEAD answers as GET: checked on one target, to keep the file fast.
        const methods = cell.method === 'GET' && cell.target === 'other' ? ['GET', 'HEAD'] : [cell.method];
        for (const method of methods) {
          const res = await send(method, cell.call, token);
          if (!cell.expected.includes(res.status)) {
            failures.push(`${cell.key} as ${cell.caller} on ${cell.target} (${method} ${cell.call.path}): expected ${cell.expected.join('/')}, got ${res.status} ${res.text}`);
          }
          if (res.secret) failures.push(`${cell.key} as ${cell.caller} on ${cell.target}: the answer carries ${res.secret}`);
        }
      });
    const refused = cells.filter((c) => c.expected.every((s) => REFUSALS.has(s)));
    const before = await dataChecksums();
    await run(refused);
    const after = await dataChecksums();
    const changedByRefusals = Object.keys(before).filter((table) => after[table] !== before[table]);
    const refusedDone = Date.now();
    await run(cells.filter((c) => !refused.includes(c)));
    expect({ failures, changedByRefusals }).toEqual({ failures: [], changedByRefusals: [] });
    const routes = Object.keys(ROWS).length;
    console.info(`permission matrix: ${routes} routes × ${CALLERS.length} callers, ${cells.length} cells (${refused.length} refusals) in ${Date.now() - started} ms (fixtures ${prepared - started} ms, refusals ${refusedDone - prepared} ms)`);
  }, 120_000);
});

/** The rows a referent `$1` may read, written here independently of the API's scoping. */
const assigned = (column: string) => `${column} IN (SELECT laureate_id FROM referent_assignments WHERE user_id = $1)`;
/** `managerScoped`: what an acceleration manager lists, when not everything (applications: the promoted ones). */
const LAUREATE_BOUND: Record<string, { table: string; scoped: string; managerScoped?: string }> = {
  // Archived laureates are out of the list unless asked for (the matrix archives some on the way).
  laureates: { table: '(SELECT id FROM laureates WHERE archived_at IS NULL) AS live_laureates', scoped: assigned('id') },
  'referent-assignments': { table: 'referent_assignments', scoped: assigned('laureate_id') },
  partnerships: { table: 'partnerships', scoped: assigned('laureate_id') },
  diagnostics: { table: 'diagnostics', scoped: assigned('laureate_id') },
  objectives: { table: 'objectives', scoped: assigned('laureate_id') },
  actions: { table: 'actions', scoped: assigned('laureate_id') },
  interactions: { table: 'interactions', scoped: assigned('laureate_id') },
  'agenda-items': { table: 'agenda_items', scoped: assigned('laureate_id') },
  decisions: { table: 'decisions', scoped: assigned('laureate_id') },
  commitments: { table: 'commitments', scoped: assigned('laureate_id') },
  indicators: { table: 'indicators', scoped: assigned('laureate_id') },
  measurements: { table: 'measurements', scoped: assigned('laureate_id') },
  'outcome-surveys': { table: 'outcome_surveys', scoped: assigned('laureate_id') },
  grants: { table: 'grants', scoped: assigned('laureate_id') },
  disbursements: { table: 'disbursements', scoped: `grant_id IN (SELECT id FROM grants WHERE ${assigned('laureate_id')})` },
  committees: { table: 'committees', scoped: `id IN (SELECT committee_id FROM agenda_items WHERE ${assigned('laureate_id')})` },
  documents: {
    table: '(SELECT id, laureate_id, grant_id, disbursement_id FROM documents WHERE deleted_at IS NULL) AS live_documents',
    scoped: `${assigned('laureate_id')} OR grant_id IN (SELECT id FROM grants WHERE ${assigned('laureate_id')}) OR disbursement_id IN (SELECT d.id FROM disbursements d JOIN grants g ON g.id = d.grant_id WHERE ${assigned('g.laureate_id')})`,
  },
  contacts: {
    table: 'contacts',
    scoped: `id IN (SELECT contact_id FROM laureate_contacts WHERE ${assigned('laureate_id')}) OR id IN (SELECT contact_id FROM partnerships WHERE ${assigned('laureate_id')})`,
  },
  applications: { table: 'applications', scoped: assigned('laureate_id'), managerScoped: 'laureate_id IS NOT NULL' },
};

describe('laureate-bound lists', () => {
  const readers = [
    { name: 'admin', token: () => w.tokens.admin, scoped: false },
    { name: 'programme_lead', token: () => w.tokens.programme_lead, scoped: false },
    { name: 'acceleration_manager', token: () => w.tokens.acceleration_manager, scoped: false },
    { name: 'referent', token: () => w.tokens.referent, scoped: true, user: () => w.users.referent },
    { name: 'another referent', token: () => login(t.http, 'otherreferent@permissions.test'), scoped: true, user: () => w.users.otherReferent },
  ];

  it('covers every laureate-bound route of the matrix', () => {
    const scopedReads = Object.entries(ROWS).filter(([key, row]) => key.startsWith('GET ') && key.endsWith('/:id') && typeof row.referent === 'object');
    expect(scopedReads.map(([key]) => key.split('/')[2]).sort()).toEqual(Object.keys(LAUREATE_BOUND).sort());
  });

  it.each(Object.keys(LAUREATE_BOUND))('%s: only rows in scope, and totals equal to their count', async (resource) => {
    const { table, scoped, managerScoped } = LAUREATE_BOUND[resource];
    for (const reader of readers) {
      const token = await reader.token();
      const managerSql = reader.name === 'acceleration_manager' && managerScoped ? ` WHERE ${managerScoped}` : '';
      const sql = reader.scoped ? `SELECT id FROM ${table} WHERE ${scoped}` : `SELECT id FROM ${table}${managerSql}`;
      const expected: number[] = (await t.dataSource.query(sql, reader.scoped ? [reader.user!()] : [])).map((r: { id: number }) => r.id).sort((a: number, b: number) => a - b);
      const seen: number[] = [];
      let total = 0;
      for (let first = 0; first === 0 || first < total; first += 1000) {
        const page = await listPage(resource, first, token);
        expect([resource, reader.name, page.status]).toEqual([resource, reader.name, 200]);
        seen.push(...page.ids);
        total = page.total;
      }
      expect([resource, reader.name, seen.sort((a, b) => a - b)]).toEqual([resource, reader.name, expected]);
      expect([resource, reader.name, total]).toEqual([resource, reader.name, expected.length]);
      if (reader.scoped) {
        // Not vacuous: the referent sees some rows, and others exist that they must not see.
        const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
        expect([resource, reader.name, expected.length > 0, n > expected.length]).toEqual([resource, reader.name, true, true]);
      }
    }
  });
});

async function getJson(path: string, token: string) {
  const res = await fetch(base + path, { headers: { Authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as any }; // the assertions name the fields they read
}

describe("a referent and a committee where their laureate is on the agenda with another one", () => {
  let committee: number;
  beforeAll(async () => {
    [{ id: committee }] = await t.dataSource.query(
      `INSERT INTO committees (season_id, kind, title, minutes) VALUES ($1, 'acceleration', 'Comité mixte', 'Délibérations sur chaque lauréat') RETURNING id`, [w.season],
    );
    await t.dataSource.query(`INSERT INTO agenda_items (committee_id, laureate_id, position) VALUES ($1, $2, 1), ($1, $3, 2)`, [committee, w.laureates.own, w.laureates.other]);
  });

  it('reads the committee without its minutes, which deliberate on laureates they do not follow', async () => {
    const one = await getJson(`/api/committees/${committee}`, w.tokens.referent);
    expect([one.status, one.body.title, one.body.minutes]).toEqual([200, 'Comité mixte', null]);
    const list = await getJson(`/api/committees?filter=${encodeURIComponent(JSON.stringify({ id: [committee] }))}`, w.tokens.referent);
    expect(list.body.map((c: { id: number; minutes: string | null }) => [c.id, c.minutes])).toEqual([[committee, null]]);
    const briefing = await getJson(`/api/committees/${committee}/briefing`, w.tokens.referent);
    expect([briefing.body.committee.minutes, briefing.body.items.map((i: { laureate: { id: number } }) => i.laureate.id)]).toEqual([null, [w.laureates.own]]);
  });

  it('while the staff who run the programme read the minutes', async () => {
    for (const role of ['admin', 'programme_lead', 'acceleration_manager'] as const) {
      const one = await getJson(`/api/committees/${committee}`, w.tokens[role]);
      expect([role, one.body.minutes]).toEqual([role, 'Délibérations sur chaque lauréat']);
    }
  });
});

describe("an acceleration manager and a contact of another manager's laureate", () => {
  it("cannot take over a member of another laureate's team by naming them in a partnership of their own", async () => {
    const { id, version } = await freshRecord(w, 'contacts', 'other');
    const ownLaureate = await freshLaureate(w, 'own');
    await t.dataSource.query(`INSERT INTO partnerships (laureate_id, organisation_id, purpose, contact_id) VALUES ($1, $2, 'data', $3)`, [ownLaureate, w.organisation, id]);
    const put = await send('PUT', { path: `/api/contacts/${id}`, body: { jobTitle: 'Changé', version } }, w.tokens.acceleration_manager);
    const del = await send('DELETE', { path: `/api/contacts/${id}` }, w.tokens.acceleration_manager);
    const [{ job_title: jobTitle }] = await t.dataSource.query(`SELECT job_title FROM contacts WHERE id = $1`, [id]);
    expect([put.status, del.status, jobTitle]).toEqual([403, 403, null]);
  });
});

/** One page of a list: the ids of its rows and the total of its Content-Range header. */
async function listPage(resource: string, first: number, token: string): Promise<{ status: number; ids: number[]; total: number }> {
  const res = await fetch(`${base}/api/${resource}?range=[${first},${first + 999}]`, { headers: { Authorization: `Bearer ${token}` } });
  const body = (await res.json()) as Array<{ id: number }>;
  return { status: res.status, ids: res.ok ? body.map((r) => r.id) : [], total: Number(res.headers.get('content-range')?.split('/')[1]) };
}
