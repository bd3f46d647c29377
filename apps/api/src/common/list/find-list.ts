import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListQuery } from './list-query.js';
import { pageRows, rowHydrator } from './page-rows.js';
import { rowJson } from './page-json.js';
import type { ColumnFilter, ListSpec } from './list-spec.js';

export interface ListPage<T> {
  rows: T[];
  start: number;
  total: number;
  /** The total is a lower bound: a search stopped counting at `SEARCH_TOTAL_CAP` matches. */
  totalCapped?: boolean;
}

/** A page whose rows PostgreSQL wrote as JSON (`findList(…, { json: true })`), sent as they are. */
export interface JsonListPage {
  /** The JSON array of the rows. */
  json: string;
  /** How many rows it holds. */
  count: number;
  start: number;
  total: number;
  totalCapped?: boolean;
}

export interface FindListOptions {
  /**
   * The caller sends the rows as they are (no code reads them): let PostgreSQL write their JSON when it can, which
   * spares reading each value, building entities and writing them back as JSON (most of a long page's time).
   */
  json?: boolean;
}

/**
 * A search (`filter.q`) counts its matches up to this number. An exact total over thousands of trigram matches
 * visits each of them (15–120 ms over a million journal entries, measured), for a figure nobody reads: beyond this,
 * the answer says "at least" (`X-Total-Capped`) and the user refines the search.
 */
export const SEARCH_TOTAL_CAP = 1000;

/** Applies a parsed list query (filters, search, sort, page) to a query builder and counts the total. */
export async function findList<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>): Promise<ListPage<T>>;
export async function findList<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>, options: FindListOptions): Promise<ListPage<T> | JsonListPage>;
export async function findList<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>, options: FindListOptions = {}): Promise<ListPage<T> | JsonListPage> {
  applyFilters(qb, query.filter, spec);
  const [start, end] = query.range;
  if (String(query.filter.q ?? '').trim() === '') {
    const size = end - start + 1;
    const paged = sorted(qb, query, spec).skip(start).take(size);
    // No count can be needed when the ids asked for all fit in this page (react-admin's getMany): the rows give it.
    const countable = distinctIds(query.filter.id) > start + size;
    const pageCeiling = spec.totalCap === undefined ? undefined : Math.max(spec.totalCap, start + size);
    const page = await pageAndTotal(paged, spec.alias, size, options.json === true, countable ? { ceiling: pageCeiling } : null);
    if (page && (page.count > 0 || start === 0)) {
      const { counted } = page;
      const total = counted === null ? start + page.count : pageCeiling === undefined ? counted : Math.min(counted, pageCeiling);
      const totalCapped = counted !== null && pageCeiling !== undefined && counted > pageCeiling;
      const rows = page.json === null ? { rows: page.rows } : { json: page.json, count: page.count };
      return { ...rows, start, total, ...(totalCapped ? { totalCapped } : {}) };
    }
    // A query of another shape (joins, a partial selection), or a page past the end: the page, then its total.
    const rows = await pageRows(paged);
    // A page that is not full is the last one, and so is a page that reaches the number of ids asked for (react-admin's
    // getMany, where no more can match): either gives the total without counting.
    const lastPage = rows.length < size && (rows.length > 0 || start === 0);
    if (lastPage || start + rows.length === distinctIds(query.filter.id)) return { rows, start, total: start + rows.length };
    if (spec.totalCap === undefined) return { rows, start, total: await qb.getCount() };
    // Counted at least up to the end of this page, so that a page past the cap stays within its total.
    const ceiling = Math.max(spec.totalCap, start + rows.length);
    const counted = await countUpTo(qb, spec.alias, ceiling + 1);
    return { rows, start, total: Math.min(counted, ceiling), totalCapped: counted > ceiling };
  }
  // Search: the matching ids first (at most the cap + 1, in no order: the index's own order is the cheapest).
  const matches = await qb.clone().select(`${spec.alias}.id`, 'id').orderBy().limit(SEARCH_TOTAL_CAP + 1).getRawMany<{ id: number }>();
  const ids = [...new Set(matches.map((m) => Number(m.id)))];
  const totalCapped = ids.length > SEARCH_TOTAL_CAP;
  const total = Math.min(ids.length, SEARCH_TOTAL_CAP);
  if (start >= total) return { rows: [], start, total, totalCapped };
  // A few matches: sort just them, found by primary key (`where` replaces the search, filters and scope: the ids
  // passed them all). Given the list itself, the planner walks the sort index instead, expecting the matches spread
  // along it, while those of a name sit together there (contacts "dubois": 23 ms); behind a sub-select, 2 ms.
  if (!totalCapped) qb.where(`${spec.alias}.id = ANY(ARRAY(SELECT unnest(CAST(:matchingIds AS int[]))))`, { matchingIds: ids });
  const size = end - start + 1;
  const page = await pageAndTotal(sorted(qb, query, spec).skip(start).take(size), spec.alias, size, options.json === true, null);
  if (page?.json != null) return { json: page.json, count: page.count, start, total, totalCapped };
  const rows = page ? page.rows : await pageRows(sorted(qb, query, spec).skip(start).take(size));
  return { rows, start, total, totalCapped };
}

interface FetchedPage<T> {
  /** The entities, when PostgreSQL did not write the JSON. */
  rows: T[];
  /** The rows' JSON array, when PostgreSQL wrote it. */
  json: string | null;
  count: number;
  /** The total, when the page was full and a count asked for; null otherwise. */
  counted: number | null;
}

/**
 * The page and, when it is full, its total (counted up to `ceiling` + 1 rows), in one statement: one round trip to
 * PostgreSQL instead of two. A page that is not full is the last one: its total is known without counting, and the
 * count's sub-plan is then not run (`CASE` evaluates it only when needed). With `json`, PostgreSQL also writes the
 * rows' JSON when it knows how (`rowJson`). Null for a query that is not one whole entity without joins.
 */
async function pageAndTotal<T extends ObjectLiteral>(
  paged: SelectQueryBuilder<T>,
  alias: string,
  size: number,
  json: boolean,
  count: { ceiling: number | undefined } | null,
): Promise<FetchedPage<T> | null> {
  const hydrate = rowHydrator(paged);
  if (!hydrate) return null;
  let total = 'NULL::int';
  if (count) {
    const counting = paged.clone().select(`${alias}.id`).orderBy().skip(undefined).take(undefined);
    if (count.ceiling !== undefined) counting.limit(count.ceiling + 1);
    total = `CASE WHEN (SELECT count(*) FROM page) < ${Number(size)} THEN NULL ELSE (SELECT count(*)::int FROM (${counting.getQuery()}) counted) END`;
  }
  const objectSql = json ? rowJson(paged) : null;
  // The outer query only reads the materialised page: its rows keep the page's order.
  const sql = objectSql
    ? `WITH page AS MATERIALIZED (${paged.getQuery()})
       SELECT (SELECT coalesce(json_agg(${objectSql}), '[]'::json)::text FROM page) AS body, (SELECT count(*)::int FROM page) AS n, ${total} AS total`
    : `WITH page AS MATERIALIZED (${paged.getQuery()}) SELECT page.*, ${total} AS "${TOTAL_KEY}" FROM page`;
  const [native, parameters] = paged.connection.driver.escapeQueryWithParameters(sql, paged.getParameters());
  const result: Array<Record<string, unknown>> = await paged.connection.query(native, parameters);
  if (objectSql) {
    const [{ body, n, total: counted }] = result as Array<{ body: string; n: number; total: number | null }>;
    return { rows: [], json: body, count: n, counted };
  }
  return { rows: result.map(hydrate), json: null, count: result.length, counted: result.length ? (result[0][TOTAL_KEY] as number | null) : null };
}

/** Key of the total in the raw rows of `pageAndTotal` (not a column of any entity). */
const TOTAL_KEY = '__list_total';

/** How many distinct ids an `id` filter asks for (none: no bound). */
function distinctIds(ids: unknown): number {
  return Array.isArray(ids) ? new Set(ids.map(String)).size : Number.POSITIVE_INFINITY;
}

/** `count(*)` that stops at `limit` rows: an index-only scan of the first ones rather than of the whole table. */
async function countUpTo<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, limit: number): Promise<number> {
  const [sql, params] = qb.clone().select(`${alias}.id`).orderBy().skip(undefined).take(undefined).limit(limit).getQueryAndParameters();
  const [{ n }] = await qb.connection.query(`SELECT count(*)::int AS n FROM (${sql}) counted`, params);
  return n;
}

function sorted<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>): SelectQueryBuilder<T> {
  const [field, direction] = query.sort;
  // parseListQuery admits only the spec's own keys; checked again here, where a name would reach SQL.
  if (!Object.hasOwn(spec.sortable, field)) throw new Error(`not a sortable field of ${spec.resource}: ${field}`);
  qb.orderBy(spec.sortable[field], direction, direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST');
  if (field !== 'id') qb.addOrderBy(`${spec.alias}.id`, direction); // stable pages
  return qb;
}

export function applyFilters<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, filter: Record<string, unknown>, spec: ListSpec<T>): void {
  let n = 0;
  for (const [key, value] of Object.entries(filter)) {
    const param = `f${n++}`;
    if (key === 'q') {
      applySearch(qb, String(value), spec.search!, param);
    } else if (key === 'id') {
      applyColumnFilter(qb, { column: `${spec.alias}.id`, type: 'integer' }, value, param);
    } else {
      if (!Object.hasOwn(spec.filters, key)) throw new Error(`not a filter of ${spec.resource}: ${key}`);
      const def = spec.filters[key];
      if ('apply' in def) def.apply(qb, value, param);
      else applyColumnFilter(qb, def, value, param);
    }
  }
}

function applyColumnFilter(qb: SelectQueryBuilder<ObjectLiteral>, def: ColumnFilter, value: unknown, param: string): void {
  if (value === null) {
    qb.andWhere(`${def.column} IS NULL`);
  } else if (Array.isArray(value)) {
    if (value.length === 0) qb.andWhere('false');
    else qb.andWhere(`${def.column} IN (:...${param})`, { [param]: value });
  } else if (def.operator === 'contains') {
    qb.andWhere(`${def.column} ILIKE :${param}`, { [param]: `%${escapeLike(String(value))}%` });
  } else {
    qb.andWhere(`${def.column} ${def.operator ?? '='} :${param}`, { [param]: value });
  }
}

/** Every word must appear (accent- and case-insensitive) in the indexed search expression. */
function applySearch(qb: SelectQueryBuilder<ObjectLiteral>, q: string, search: NonNullable<ListSpec['search']>, param: string): void {
  const words = q.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  words.forEach((word, i) => {
    const pattern = `('%' || f_unaccent(lower(:${param}_${i})) || '%')`;
    const condition = typeof search === 'string' ? `${search} LIKE ${pattern}` : search(pattern);
    qb.andWhere(`(${condition})`, { [`${param}_${i}`]: escapeLike(word) });
  });
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
