import type pg from 'pg';
import { actionListSpec } from '../accompaniment/actions/actions.list-spec.js';
import { auditEventListSpec } from '../platform/audit-events/audit-events.list-spec.js';
import { SEARCH_TOTAL_CAP } from '../common/list/find-list.js';
import { alertsFor } from '../impact/alerts/alerts.queries.js';
import { PROGRAMME_TODAY_SQL } from '../common/dates/today.js';
import type { DatasetInfo } from './dataset.js';
import type { Expectation, Variant } from './load.js';

/** Issue 18's targets: ratios to the raw baseline measured in the same run, at the same load. */
export interface Target {
  /** Minimum requests/s as a fraction of the raw baseline's. */
  ratio?: number;
  /** Maximum p99 as a multiple of the raw baseline's p99 under the same load. */
  p99RawRatio?: number;
  /** Maximum p99 of the light pass (a few connections: what one user waits, without queueing). */
  lightP99Ms?: number;
  p99Ms?: number;
  /** Maximum p99 growth from the 1/100 dataset to this one. */
  growth?: number;
}

export interface Scenario {
  id: string;
  name: string;
  target: Target;
  variants: Variant[];
  /** Set when the scenario cannot run yet (feature not landed…). */
  pending?: string;
  /** HTTP calls per "page" (the 360° page makes 7). */
  callsPerPage?: number;
  write?: boolean;
}

export interface Tokens {
  lead: string;
  referent: string;
  referentUserId: number;
  /** A few acceleration managers, for their home page. */
  managers: Array<{ token: string; userId: number }>;
}

const enc = (value: unknown) => encodeURIComponent(JSON.stringify(value));
const listPath = (resource: string, sort: [string, 'ASC' | 'DESC'], range: [number, number], filter?: object) =>
  `/api/${resource}?${filter ? `filter=${enc(filter)}&` : ''}sort=${enc(sort)}&range=${enc(range)}`;

/** Expectation of a list page: exact Content-Range (a search's total capped as the API documents it), and the ids of the page in order. */
async function expectList(db: pg.Client, resource: string, start: number, size: number, idsSql: string, countSql: string, params: unknown[], totalCap = Infinity): Promise<Expectation> {
  const ids = (await db.query(`${idsSql} LIMIT ${size} OFFSET ${start}`, params)).rows.map((r) => Number(r.id));
  const count = Number((await db.query(countSql, params)).rows[0].n);
  const total = Math.min(count, totalCap);
  return {
    status: 200,
    contentRange: `${resource} ${ids.length ? `${start}-${start + ids.length - 1}` : '*'}/${total}`,
    totalCapped: count > totalCap,
    body: (body) => {
      if (!Array.isArray(body)) return 'body is not an array';
      const got = body.map((r: { id: number }) => r.id);
      return got.join(',') === ids.join(',') ? null : `ids [${got.slice(0, 5).join(',')}…] ≠ expected [${ids.slice(0, 5).join(',')}…]`;
    },
  };
}

/** `count` evenly spread values of a sorted id list. */
const spread = <T>(values: T[], count: number): T[] =>
  values.length <= count ? values : Array.from({ length: count }, (_, i) => values[Math.floor((i * values.length) / count)]);

/** Every word must appear in the searched text (accent- and case-insensitive): the API's documented `q` semantics. */
function searchCondition(words: string[], clause: (param: string) => string): string {
  return words.map((_, i) => `(${clause(`('%' || f_unaccent(lower($${i + 1})) || '%')`)})`).join(' AND ');
}

export const CONTACT_TERMS = ['dubois', 'Lefèvre', 'GIRARD', 'mercier', 'fontaine', 'camille rousseau', 'marie dupont', 'chevalier', 'garnier', 'helene lambert'];
// Towns and surnames match ~0.5 % of the journal, a topic ~5 %; "grenoble quimper" matches nothing (one town per entry).
// The journal is searched by whole words: "julie martin" no longer finds "Julie Martinez", as substrings did.
export const INTERACTION_TERMS = ['grenoble', 'quimper', 'besancon', 'julie martin', 'lefevre', 'convention rennes', 'hébergement souverain', 'saint-malo', 'grenoble quimper', 'marchand'];

/** The scenarios and their expected answers, computed with plain SQL on the benchmark database. */
export async function buildScenarios(db: pg.Client, dataset: DatasetInfo, tokens: Tokens, briefingRoute: boolean): Promise<Scenario[]> {
  const { lead, referent } = tokens;
  const allLaureates = (await db.query('SELECT id, name FROM laureates ORDER BY id')).rows as Array<{ id: number; name: string }>;
  const scenarios: Scenario[] = [];

  // (1) and (6): the laureates list, sorted by name, with its total: as a programme lead, then as a referent.
  const laureatesList = listPath('laureates', ['name', 'ASC'], [0, 24]);
  scenarios.push({
    id: '1',
    name: 'laureates list (lead)',
    target: { ratio: 0.8, p99RawRatio: 1.5, growth: 1.5 },
    variants: [{ method: 'GET', path: laureatesList, token: lead, expect: await expectList(db, 'laureates', 0, 25, 'SELECT id FROM laureates ORDER BY name COLLATE "fr-x-icu", id', 'SELECT count(*) AS n FROM laureates', []) }],
  });

  // (2) actions of one laureate with a status, by due date: the admin's actions list filtered, with the fields it asks for.
  const actionVariants: Variant[] = [];
  for (const l of spread(allLaureates, 20)) {
    for (const status of ['planned', 'in_progress', 'done']) {
      const expected = await expectList(db, 'actions', 0, 25, 'SELECT id FROM actions WHERE laureate_id = $1 AND status = $2 ORDER BY due_on ASC NULLS LAST, id', 'SELECT count(*) AS n FROM actions WHERE laureate_id = $1 AND status = $2', [l.id, status]);
      actionVariants.push({
        method: 'GET',
        path: `${listPath('actions', ['dueOn', 'ASC'], [0, 24], { laureateId: l.id, status })}&fields=${enc(ACTION_LIST_FIELDS)}`,
        token: lead,
        expect: withFieldsOnly(expected, ACTION_LIST_FIELDS),
      });
    }
  }
  scenarios.push({ id: '2', name: 'actions of a laureate by status', target: { ratio: 0.8, p99RawRatio: 1.5, growth: 1.5 }, variants: actionVariants });

  // (3a) and (3b) full-text search, the term varying across requests.
  const contactVariants: Variant[] = [];
  for (const term of CONTACT_TERMS) {
    const words = term.split(/\s+/);
    const where = searchCondition(words, (p) => `c.search_text LIKE ${p} OR c.organisation_id IN (SELECT o.id FROM organisations o WHERE o.search_text LIKE ${p})`);
    contactVariants.push({
      method: 'GET',
      path: listPath('contacts', ['lastName', 'ASC'], [0, 24], { q: term }),
      token: lead,
      expect: await expectList(db, 'contacts', 0, 25, `SELECT id FROM contacts c WHERE ${where} ORDER BY last_name COLLATE "fr-x-icu" ASC NULLS LAST, id`, `SELECT count(*) AS n FROM contacts c WHERE ${where}`, words, SEARCH_TOTAL_CAP),
    });
  }
  scenarios.push({ id: '3a', name: 'search contacts (q)', target: { lightP99Ms: 30, growth: 1.5 }, variants: contactVariants });

  const interactionVariants: Variant[] = [];
  for (const term of INTERACTION_TERMS) {
    const words = term.split(/\s+/);
    // By words (issue 18): each word a word of the entry (a hyphenated one as a phrase), one plainto_tsquery per word
    // where the API makes one of the whole text.
    const where = words
      .map((_, i) => `i.search_vector @@ plainto_tsquery('simple', f_unaccent(lower($${i + 1})))`)
      .join(' AND ');
    interactionVariants.push({
      method: 'GET',
      path: listPath('interactions', ['occurredAt', 'DESC'], [0, 24], { q: term }),
      token: lead,
      expect: await expectList(db, 'interactions', 0, 25, `SELECT id FROM interactions i WHERE ${where} ORDER BY occurred_at DESC NULLS FIRST, id DESC`, `SELECT count(*) AS n FROM interactions i WHERE ${where}`, words, SEARCH_TOTAL_CAP),
    });
  }
  scenarios.push({ id: '3b', name: 'search interactions (q)', target: { lightP99Ms: 50, ratio: 0.3, growth: 2 }, variants: interactionVariants });

  // (4) the laureate 360° page: its 7 API calls, in the order the page fires them, for 10 laureates in turn.
  const page: Variant[] = [];
  for (const l of spread(allLaureates, 10)) {
    const filter = { laureateId: l.id };
    const bound = (resource: string, table: string, sort: [string, 'ASC' | 'DESC'], range: [number, number], orderBy: string): Promise<Variant> =>
      expectList(db, resource, range[0], range[1] - range[0] + 1, `SELECT id FROM ${table} WHERE laureate_id = $1 ORDER BY ${orderBy}`, `SELECT count(*) AS n FROM ${table} WHERE laureate_id = $1`, [l.id]).then(
        (expect) => ({ method: 'GET', path: listPath(resource, sort, range, filter), token: lead, expect }),
      );
    page.push({
      method: 'GET',
      path: `/api/laureates/${l.id}`,
      token: lead,
      expect: { status: 200, body: (b) => ((b as { id: number; name: string }).id === l.id && (b as { name: string }).name === l.name ? null : `laureate ${l.id} not answered`) },
    });
    page.push(await bound('referent-assignments', 'referent_assignments', ['kind', 'ASC'], [0, 24], 'kind ASC NULLS LAST, id'));
    page.push(await bound('objectives', 'objectives', ['axis', 'ASC'], [0, 24], 'axis ASC NULLS LAST, id'));
    page.push(await bound('actions', 'actions', ['dueOn', 'ASC'], [0, 24], 'due_on ASC NULLS LAST, id'));
    page.push(await bound('interactions', 'interactions', ['occurredAt', 'DESC'], [0, 9], 'occurred_at DESC NULLS FIRST, id DESC'));
    page.push(await bound('partnerships', 'partnerships', ['since', 'DESC'], [0, 24], 'since DESC NULLS FIRST, id DESC'));
    page.push({
      method: 'GET',
      path: listPath('contacts', ['lastName', 'ASC'], [0, 24], filter),
      token: lead,
      expect: await expectList(
        db, 'contacts', 0, 25,
        'SELECT c.id FROM contacts c WHERE c.id IN (SELECT contact_id FROM laureate_contacts WHERE laureate_id = $1) ORDER BY c.last_name COLLATE "fr-x-icu" ASC NULLS LAST, c.id',
        'SELECT count(*) AS n FROM laureate_contacts WHERE laureate_id = $1', [l.id],
      ),
    });
  }
  scenarios.push({ id: '4', name: 'laureate 360° page (7 calls)', target: {}, variants: page, callsPerPage: 7 });

  // (5) a committee's briefing pack.
  if (!briefingRoute) {
    scenarios.push({ id: '5', name: 'committee briefing pack', target: { lightP99Ms: 50, ratio: 0.3 }, variants: [], pending: 'committees feature not landed (no GET /api/committees/{id}/briefing)' });
  } else if (dataset.committees !== 'generated') {
    scenarios.push({ id: '5', name: 'committee briefing pack', target: { lightP99Ms: 50, ratio: 0.3 }, variants: [], pending: `committees not in the dataset (${dataset.committees}): update bench/dataset.ts` });
  } else {
    const committees = (await db.query(
      `SELECT c.id, (SELECT count(*) FROM agenda_items a WHERE a.committee_id = c.id)::int AS items,
              (SELECT count(*) FROM decisions d WHERE d.committee_id = c.id)::int AS decided,
              (SELECT count(*) FROM agenda_items a JOIN actions x ON x.laureate_id = a.laureate_id WHERE a.committee_id = c.id AND x.status <> 'cancelled')::int AS actions,
              (SELECT count(*) FROM agenda_items a JOIN actions x ON x.laureate_id = a.laureate_id WHERE a.committee_id = c.id AND x.status = 'done')::int AS done
         FROM committees c ORDER BY c.id`,
    )).rows as Array<{ id: number; items: number; decided: number; actions: number; done: number }>;
    scenarios.push({
      id: '5',
      name: 'committee briefing pack',
      target: { lightP99Ms: 50, ratio: 0.3 },
      variants: spread(committees, 10).map((c) => ({
        method: 'GET' as const,
        path: `/api/committees/${c.id}/briefing`,
        token: lead,
        expect: {
          status: 200,
          body: (b: unknown) => {
            const briefing = b as { items?: Array<{ progress: Array<{ actionsDone: number; actionsTotal: number }> }>; summary?: { decided?: number } };
            if (briefing.items?.length !== c.items) return `committee ${c.id}: ${briefing.items?.length} items, expected ${c.items}`;
            // The progress by axis (counts kept by the writes) against the actions counted here.
            const progress = briefing.items.flatMap((item) => item.progress);
            const [actions, done] = [progress.reduce((n, p) => n + p.actionsTotal, 0), progress.reduce((n, p) => n + p.actionsDone, 0)];
            if (actions !== c.actions || done !== c.done) return `committee ${c.id}: ${actions} actions (${done} done), expected ${c.actions} (${c.done})`;
            return briefing.summary?.decided === c.decided ? null : `committee ${c.id}: ${briefing.summary?.decided} decided, expected ${c.decided}`;
          },
        },
      })),
    });
  }

  const mine = 'SELECT laureate_id FROM referent_assignments WHERE user_id = $1';
  scenarios.push({
    id: '6',
    name: 'laureates list (referent, scoped)',
    target: { ratio: 0.8, p99RawRatio: 1.5 },
    variants: [{
      method: 'GET',
      path: laureatesList,
      token: referent,
      expect: await expectList(db, 'laureates', 0, 25, `SELECT id FROM laureates WHERE id IN (${mine}) ORDER BY name COLLATE "fr-x-icu", id`, `SELECT count(*) AS n FROM laureates WHERE id IN (${mine})`, [tokens.referentUserId]),
    }],
  });

  // (7) the write path: create an action (transaction, access check, audit event).
  scenarios.push({
    id: '7',
    name: 'create an action (write + audit)',
    target: { ratio: 0.6 },
    write: true,
    variants: spread(allLaureates, 20).map((l, k) => {
      const title = `Action du banc d'essai n° ${k + 1}`;
      return {
        method: 'POST' as const,
        path: '/api/actions',
        body: { laureateId: l.id, axis: 'deploy', supportType: 'networking', title, status: 'planned', dueOn: '2030-01-15' },
        token: lead,
        expect: {
          status: 201,
          body: (b: unknown) => {
            const a = b as { id?: number; laureateId?: number; title?: string; version?: number };
            return Number.isInteger(a.id) && a.laureateId === l.id && a.title === title && a.version === 1 ? null : `created action ${JSON.stringify(b).slice(0, 120)}`;
          },
        },
      };
    }),
  });

  // (8) the audit trail, newest first: millions of events, so its total is capped (the generated ones only, before
  // the events that the write scenario and earlier runs add).
  const auditCap = auditEventListSpec.totalCap!;
  const generatedOnly = { occurredBefore: '2026-01-01' };
  scenarios.push({
    id: '8',
    name: 'audit trail, newest first (capped total)',
    target: {},
    variants: [{
      method: 'GET',
      path: listPath('audit-events', ['occurredAt', 'DESC'], [0, 24], generatedOnly),
      token: lead,
      expect: await expectList(
        db, 'audit-events', 0, 25,
        `SELECT id FROM audit_events WHERE occurred_at <= $1 ORDER BY occurred_at DESC NULLS FIRST, id DESC`,
        `SELECT count(*) AS n FROM audit_events WHERE occurred_at <= $1`,
        [generatedOnly.occurredBefore],
        auditCap,
      ),
    }],
  });
  // The badge's count comes from the listed alerts on the home page (AlertsProvider): 4 calls, where it made 6 until then.
  scenarios.push({ id: '9', name: 'manager home page (4 calls)', target: { ratio: 0.8, p99RawRatio: 1.5 }, variants: await managerHome(db, tokens.managers), callsPerPage: 4 });
  if (dataset.committees === 'generated') {
    scenarios.push({ id: '10', name: 'phase board (2 calls)', target: { ratio: 0.6 }, variants: await phaseBoard(db, lead), callsPerPage: 2 });
    scenarios.push({ id: '11', name: 'funding overview of a season', target: { ratio: 0.6 }, variants: await fundingOverview(db, lead) });
  } else {
    const pending = `funding not in the dataset (${dataset.committees}): update bench/dataset.ts`;
    scenarios.push({ id: '10', name: 'phase board (2 calls)', target: {}, variants: [], pending });
    scenarios.push({ id: '11', name: 'funding overview of a season', target: {}, variants: [], pending });
  }
  return scenarios;
}

const seasonIds = async (db: pg.Client): Promise<number[]> => (await db.query('SELECT id FROM seasons ORDER BY id')).rows.map((r) => Number(r.id));

/** (10) The phase board of each season: its laureates (up to 500, by name), then their managers' names (react-admin's getMany). */
/** The fields the admin's phase board asks for (apps/admin/src/programme/phase-board/PhaseBoard.tsx). */
const BOARD_FIELDS = ['name', 'health', 'phase', 'accelerationManagerId'];

async function phaseBoard(db: pg.Client, token: string): Promise<Variant[]> {
  const variants: Variant[] = [];
  for (const seasonId of await seasonIds(db)) {
    const where = 'season_id = $1';
    const laureates = await expectList(db, 'laureates', 0, 500, `SELECT id FROM laureates WHERE ${where} ORDER BY name COLLATE "fr-x-icu", id`, `SELECT count(*) AS n FROM laureates WHERE ${where}`, [seasonId]);
    variants.push({
      method: 'GET',
      path: `${listPath('laureates', ['name', 'ASC'], [0, 499], { seasonId })}&fields=${enc(BOARD_FIELDS)}`,
      token,
      expect: withFieldsOnly(laureates, BOARD_FIELDS),
    });
    const managers = (await db.query(`SELECT DISTINCT acceleration_manager_id AS id FROM laureates WHERE ${where} AND acceleration_manager_id IS NOT NULL ORDER BY 1`, [seasonId])).rows.map((r) => Number(r.id));
    variants.push({
      method: 'GET',
      path: `/api/staff-members?filter=${enc({ id: managers })}`,
      token,
      expect: {
        status: 200,
        body: (body) => {
          if (!Array.isArray(body)) return 'body is not an array';
          const got = body.map((m: { id: number }) => m.id).sort((a, b) => a - b);
          return got.join(',') === managers.join(',') ? null : `staff members [${got.slice(0, 5).join(',')}…] ≠ expected [${managers.slice(0, 5).join(',')}…]`;
        },
      },
    });
  }
  return variants;
}

/** (11) A season's money at a glance: envelope, granted, paid, per laureate, commitments by status. */
async function fundingOverview(db: pg.Client, token: string): Promise<Variant[]> {
  const variants: Variant[] = [];
  for (const seasonId of await seasonIds(db)) {
    const [expected] = (await db.query(
      `SELECT (SELECT count(*) FROM laureates WHERE season_id = $1)::int AS laureates,
              (SELECT coalesce(sum(g.amount), 0) FROM grants g JOIN laureates l ON l.id = g.laureate_id WHERE l.season_id = $1)::text AS granted,
              (SELECT coalesce(sum(d.amount), 0) FROM disbursements d JOIN grants g ON g.id = d.grant_id JOIN laureates l ON l.id = g.laureate_id
                WHERE l.season_id = $1)::text AS paid,
              (SELECT count(*) FROM commitments c JOIN laureates l ON l.id = c.laureate_id WHERE l.season_id = $1)::int AS commitments`,
      [seasonId],
    )).rows as Array<{ laureates: number; granted: string; paid: string; commitments: number }>;
    const cents = (euros: unknown) => Math.round(Number(euros) * 100);
    variants.push({
      method: 'GET',
      path: `/api/funding-overview?seasonId=${seasonId}`,
      token,
      expect: {
        status: 200,
        body: (body) => {
          const o = body as { laureates?: unknown[]; granted?: number; paid?: number; commitments?: Array<{ count: number }> };
          const got = { laureates: o.laureates?.length, granted: cents(o.granted), paid: cents(o.paid), commitments: o.commitments?.reduce((n, c) => n + c.count, 0) };
          const want = { laureates: expected.laureates, granted: cents(expected.granted), paid: cents(expected.paid), commitments: expected.commitments };
          return JSON.stringify(got) === JSON.stringify(want) ? null : `season ${seasonId}: ${JSON.stringify(got)} ≠ expected ${JSON.stringify(want)}`;
        },
      },
    });
  }
  return variants;
}

/** The fields the admin's actions list asks for (apps/admin/src/accompaniment/actions/ActionList.tsx). */
const ACTION_LIST_FIELDS = ['title', 'laureateId', 'axis', 'status', 'dueOn', 'ownerId', 'version'];

/** The fields the manager's home page asks for, by resource. */
const HOME_FIELDS: Record<string, string[]> = { laureates: ['name', 'phase', 'health'], actions: ['title', 'laureateId', 'dueOn', 'status'] };

/** A list's expectation, and each row holding its id and these fields only. */
function withFieldsOnly(expected: Expectation, fields: string[]): Expectation {
  const keys = ['id', ...fields].sort().join();
  return { ...expected, body: (body) => expected.body!(body) ?? ((body as object[]).every((row) => Object.keys(row).sort().join() === keys) ? null : `rows hold other fields than ${keys}`) };
}

/**
 * (9) An acceleration manager's home page ("Mes lauréats", `admin/src/dashboard/ManagerHome.tsx`): the 4 calls it
 * makes, for a few managers in turn: their laureates, their alerts (computed on read, with the server's today; the menu
 * badge's count is their kinds' totals), their overdue actions and their next ones; each list with the fields the page
 * shows. The next ones are due after the dataset's last day
 * (the page sends the browser's today), so that the list is not empty.
 */
async function managerHome(db: pg.Client, managers: Tokens['managers']): Promise<Variant[]> {
  const [{ today }] = (await db.query(`SELECT to_char(max(occurred_at), 'YYYY-MM-DD') AS today FROM interactions`)).rows as Array<{ today: string }>;
  const OPEN = `status IN ('planned', 'in_progress')`;
  const managed = 'laureate_id IN (SELECT id FROM laureates WHERE acceleration_manager_id = $1)';
  const actionsCap = actionListSpec.totalCap!;
  const runner = { query: async (sql: string, parameters?: unknown[]) => (await db.query(sql, parameters)).rows };
  const variants: Variant[] = [];
  for (const { token, userId } of managers) {
    // Each list with the fields the page asks for (meta.fields in MyLaureates.tsx and ActionsPanel.tsx).
    const call = async (resource: string, filter: object, sort: [string, 'ASC' | 'DESC'], range: [number, number], table: string, where: string, orderBy: string, params: unknown[], cap?: number) => ({
      method: 'GET' as const,
      path: `${listPath(resource, sort, range, filter)}&fields=${enc(HOME_FIELDS[resource])}`,
      token,
      expect: withFieldsOnly(await expectList(db, resource, range[0], range[1] - range[0] + 1, `SELECT id FROM ${table} WHERE ${where} ORDER BY ${orderBy}`, `SELECT count(*) AS n FROM ${table} WHERE ${where}`, params, cap), HOME_FIELDS[resource]),
    });
    // The alerts as the API's own query finds them on the same data: what is checked here is the answer over HTTP.
    const me = { id: userId, roles: ['acceleration_manager'] as const };
    const alerts = await alertsFor(runner, me);
    const alertKeys = alerts.map((a) => `${a.kind}:${a.recordId}`).join();
    variants.push(
      await call('laureates', { accelerationManagerId: userId }, ['name', 'ASC'], [0, 199], 'laureates', 'acceleration_manager_id = $1', 'name COLLATE "fr-x-icu", id', [userId]),
      {
        method: 'GET',
        path: '/api/alerts',
        token,
        expect: {
          status: 200,
          body: (b) => {
            const keys = Array.isArray(b) ? b.map((a: { kind: string; recordId: number }) => `${a.kind}:${a.recordId}`).join() : null;
            return keys === alertKeys ? null : `alerts: ${Array.isArray(b) ? b.length : typeof b} answered, ${alerts.length} expected`;
          },
        },
      },
      // Overdue: past due, open, and its laureate still accompanied.
      await call('actions', { managerId: userId, overdue: true }, ['dueOn', 'ASC'], [0, 9], 'actions', `${managed} AND due_on < ${PROGRAMME_TODAY_SQL} AND ${OPEN} AND laureate_id IN (SELECT id FROM laureates WHERE phase IN ('phase1', 'phase2'))`, 'due_on ASC NULLS LAST, id', [userId], actionsCap),
      await call('actions', { managerId: userId, status: ['planned', 'in_progress'], dueAfter: today }, ['dueOn', 'ASC'], [0, 9], 'actions', `${managed} AND ${OPEN} AND due_on >= $2`, 'due_on ASC NULLS LAST, id', [userId, today], actionsCap),
    );
  }
  return variants;
}
