import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { ListQuery } from './list-query.js';
import { pageRows } from './page-rows.js';
import { isWordSearch, type ColumnFilter, type ListSpec, type WordSearch } from './list-spec.js';

export interface ListPage<T> {
  rows: T[];
  start: number;
  total: number;
  /** The total is a lower bound: a search stopped counting at `SEARCH_TOTAL_CAP` matches. */
  totalCapped?: boolean;
}

/**
 * A search (`filter.q`) counts its matches up to this number. An exact total over thousands of trigram matches
 * visits each of them (15–120 ms over a million journal entries, measured), for a figure nobody reads: beyond this,
 * the answer says "at least" (`X-Total-Capped`) and the user refines the search.
 */
export const SEARCH_TOTAL_CAP = 1000;

/** Applies a parsed list query (filters, search, sort, page) to a query builder and counts the total. */
export async function findList<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  query: ListQuery,
  spec: ListSpec<T>,
): Promise<ListPage<T>> {
  applyFilters(qb, query.filter, spec);
  const [start, end] = query.range;
  if (String(query.filter.q ?? '').trim() === '') {
    const size = end - start + 1;
    const rows = await pageRows(sorted(qb, query, spec).skip(start).take(size));
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
  const byMonth = isWordSearch(spec.search) ? spec.search.byMonth : undefined;
  if (byMonth && query.sort[0] === byMonth.field) {
    // In date order: the matches in that order, month by month, at most the cap + 1; the page is a slice of them.
    const ids = await matchesByMonth(qb, query, spec, byMonth);
    const totalCapped = ids.length > SEARCH_TOTAL_CAP;
    const total = Math.min(ids.length, SEARCH_TOTAL_CAP);
    const pageIds = ids.slice(start, Math.min(end + 1, total));
    if (pageIds.length === 0) return { rows: [], start, total, totalCapped };
    qb.where(`${spec.alias}.id = ANY(ARRAY(SELECT unnest(CAST(:matchingIds AS int[]))))`, { matchingIds: pageIds });
    return { rows: await pageRows(sorted(qb, query, spec)), start, total, totalCapped };
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
  const rows = await pageRows(sorted(qb, query, spec).skip(start).take(end - start + 1));
  return { rows, start, total, totalCapped };
}

/**
 * The ids of the first `SEARCH_TOTAL_CAP + 1` matches in the list's date order: the index is asked for one month at a
 * time (`f_month(date) = month` and the words, both keys of one GIN index), from the newest month (or the oldest, for
 * an ascending sort) of the table, and PostgreSQL stops asking once it has the rows the LIMIT wants (a nested loop
 * over the months, each sorted within). A word in 5 % of the entries is counted in its newest months; a rare one
 * costs one small index probe per month.
 */
async function matchesByMonth<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>, byMonth: NonNullable<WordSearch['byMonth']>): Promise<number[]> {
  const { alias } = spec;
  const table = qb.connection.driver.escape(qb.expressionMap.mainAlias!.metadata.tablePath);
  const column = qb.connection.driver.escape(byMonth.column);
  const descending = query.sort[1] === 'DESC';
  const inMonth = sorted(qb.clone().select(`${alias}.id`, 'id').andWhere(`f_month(${alias}.${column}) = months.month`), query, spec);
  const [monthSql, params] = inMonth.getQueryAndParameters();
  const [first, last] = descending ? ['max', 'min'] : ['min', 'max'];
  const rows: Array<{ id: number }> = await qb.connection.query(
    `SELECT m.id FROM generate_series((SELECT f_month(${first}(${column})) FROM ${table}), (SELECT f_month(${last}(${column})) FROM ${table}), ${descending ? -1 : 1}) AS months(month)
       CROSS JOIN LATERAL (${monthSql}) m
      LIMIT ${SEARCH_TOTAL_CAP + 1}`,
    params,
  );
  return rows.map((r) => Number(r.id));
}

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

/** Every word must appear (accent- and case-insensitive) in the indexed search expression, or be a word of the text. */
function applySearch(qb: SelectQueryBuilder<ObjectLiteral>, q: string, search: NonNullable<ListSpec['search']>, param: string): void {
  const words = q.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (isWordSearch(search)) {
    qb.andWhere(`${search.vector} @@ f_search_query(CAST(:${param} AS text[]))`, { [param]: words });
    return;
  }
  words.forEach((word, i) => {
    const pattern = `('%' || f_unaccent(lower(:${param}_${i})) || '%')`;
    const condition = typeof search === 'string' ? `${search} LIKE ${pattern}` : search(pattern);
    qb.andWhere(`(${condition})`, { [`${param}_${i}`]: escapeLike(word) });
  });
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
