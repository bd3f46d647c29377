import { BadRequestException } from '@nestjs/common';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { bilingual } from '../errors/bilingual.js';
import type { ListQuery } from './list-query.js';
import { pageRows, rowHydrator } from './page-rows.js';
import { jsonSelectList } from './page-json.js';
import { queryReusingPlans } from '../sql/prepared.js';
import { isWordSearch, type ColumnFilter, type ListSpec, type WordSearch } from './list-spec.js';

export interface ListPage<T> {
  rows: T[];
  start: number;
  total: number;
  /** The total is a lower bound: a search stopped counting at `SEARCH_TOTAL_CAP` matches. */
  totalCapped?: boolean;
  /** Only these fields of each row are sent (the list's `fields`, with the id): `sendList` leaves the others out. */
  fields?: ReadonlySet<string>;
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
  /**
   * With `json`: fields added to each row's JSON, as SQL over `id`, the row's id (e.g. a JSON array of its links, by
   * a sub-select), written after the entity's own.
   */
  jsonFields?: (id: string) => Record<string, string>;
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
  const fields = query.fields && askedFields(qb, spec.resource, query.fields, options);
  const page = await findPage(qb, query, spec, fields ? { ...options, only: fields } : options);
  return fields && !('json' in page) ? { ...page, fields } : page;
}

/**
 * The fields a list asks for (`ListQuery.fields`) and the id, each checked to be one of the entity's or of the
 * options' `jsonFields`; a 400 naming the others.
 */
function askedFields<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, resource: string, asked: readonly string[], options: FindListOptions): ReadonlySet<string> {
  const { metadata } = qb.expressionMap.mainAlias!;
  const known = new Set([...metadata.columns.filter((column) => column.isSelect).map((column) => column.propertyName), ...Object.keys(options.jsonFields?.('id') ?? {})]);
  const unknown = asked.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    const message = bilingual(
      `champs inconnus de ${resource} : ${unknown.join(', ')} ; champs possibles : ${[...known].join(', ')}`,
      `unknown fields of ${resource}: ${unknown.join(', ')}; available fields: ${[...known].join(', ')}`,
    );
    throw new BadRequestException({ message, errors: { fields: message } });
  }
  return new Set(['id', ...asked]);
}

/** `FindListOptions`, and the fields the list asks for (`askedFields`). */
type PageOptions = FindListOptions & { only?: ReadonlySet<string> };

async function findPage<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>, options: PageOptions): Promise<ListPage<T> | JsonListPage> {
  const scoped = qb.expressionMap.wheres.length > 0; // record-level scope, applied before
  applyFilters(qb, query.filter, spec);
  const [start, end] = query.range;
  if (String(query.filter.q ?? '').trim() === '') {
    const size = end - start + 1;
    const list = sorted(qb, query, spec);
    const paged = hasFewRowsFilter(query, spec) ? lateRowLookup(list, query, spec, start, size) : list.skip(start).take(size);
    // No count can be needed when the ids asked for all fit in this page (react-admin's getMany): the rows give it.
    const countable = distinctIds(query.filter.id) > start + size;
    const pageCeiling = spec.totalCap === undefined ? undefined : Math.max(spec.totalCap, start + size);
    const page = await pageAndTotal(paged, spec.alias, options, countable ? { size, ceiling: pageCeiling, of: qb } : null);
    if (page && (page.count > 0 || start === 0)) {
      const { counted } = page;
      const total = counted === null ? start + page.count : pageCeiling === undefined ? counted : Math.min(counted, pageCeiling);
      const totalCapped = counted !== null && pageCeiling !== undefined && counted > pageCeiling;
      const rows = page.json === null ? { rows: page.rows } : { json: page.json, count: page.count };
      return { ...rows, start, total, ...(totalCapped ? { totalCapped } : {}) };
    }
    // A query of another shape (joins, a partial selection), or a page past the end: the page, then its total.
    const rows = page ? page.rows : await pageRows(paged);
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
  // Search: the ids of at most the cap + 1 matches first. In the list's order when the words are searched period by
  // period in date order; otherwise found in the index's own order (the cheapest) and sorted among themselves, which
  // is the list's order when they are all the matches. Then the page is a slice of them, and only its rows are read
  // again, by primary key: each match is visited once (contacts "dubois": 528 matches were read twice, the second
  // time by primary key to be sorted, 1.6 ms).
  const periodSearch = isWordSearch(spec.search) && spec.search.byPeriod ? (spec.search as PeriodSearch) : undefined;
  // Period by period only when the words are all that narrows the list: with a laureate, or a referent's scope, the
  // newest periods' matches are mostly other laureates' and would be read for nothing, while the whole table's
  // indexes (the words' and the laureate's) intersect to few rows.
  const inDateOrder = periodSearch !== undefined && query.sort[0] === periodSearch.byPeriod.field && !scoped && Object.keys(query.filter).every((key) => key === 'q');
  const matches = inDateOrder ? matchesByPeriod(qb, query, spec, periodSearch) : sortedMatches(qb, query, spec);
  // The matches, the page sliced from them by number (read by primary key) and their count in one statement, when
  // PostgreSQL writes the page's JSON; otherwise the matches' ids first, then their page.
  const slice = `${spec.alias}.id = ANY(ARRAY(SELECT id FROM matches WHERE n > ${start} AND n <= ${Math.min(end + 1, SEARCH_TOTAL_CAP)}))`;
  const fetched = options.json === true ? await pageAndTotal(sorted(qb.clone().where(slice), query, spec), spec.alias, options, null, matches) : null;
  const page = fetched?.json != null ? { json: fetched.json, count: fetched.count, matched: fetched.matched! } : null;
  const ids = page ? [] : await matchingIds(qb, matches);
  const matched = page ? page.matched : ids.length;
  const totalCapped = matched > SEARCH_TOTAL_CAP;
  const total = Math.min(matched, SEARCH_TOTAL_CAP);
  if (start >= total) return { rows: [], start, total, totalCapped };
  // Over the cap outside date order, the matches found are not the list's first ones: the page from the list itself.
  if (totalCapped && !inDateOrder) return { ...(await searchPage(sorted(qb, query, spec).skip(start).take(end - start + 1), spec.alias, options)), start, total, totalCapped };
  if (page) return { json: page.json, count: page.count, start, total, totalCapped };
  // `where` replaces the search, filters and scope: the ids passed them all. Behind a sub-select, so that the planner
  // reads them by primary key (given the list itself, it walked the sort index, expecting the ids spread along it).
  qb.where(`${spec.alias}.id = ANY(ARRAY(SELECT unnest(CAST(:matchingIds AS int[]))))`, { matchingIds: ids.slice(start, Math.min(end + 1, total)) });
  return { ...(await searchPage(sorted(qb, query, spec), spec.alias, options)), start, total, totalCapped };
}

/** The ids of the matches (SQL of `sortedMatches` or `matchesByPeriod`), in their order. */
async function matchingIds<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, matches: string): Promise<number[]> {
  const [text, parameters] = qb.connection.driver.escapeQueryWithParameters(`SELECT id FROM (${matches}) matches ORDER BY n`, qb.getParameters());
  return [...new Set((await queryReusingPlans<{ id: number }>(qb.connection, text, parameters)).map((r) => Number(r.id)))];
}

/** A page of search results (its total is known): its rows, or their JSON. */
async function searchPage<T extends ObjectLiteral>(paged: SelectQueryBuilder<T>, alias: string, options: PageOptions): Promise<{ rows: T[] } | { json: string; count: number }> {
  const page = await pageAndTotal(paged, alias, options, null);
  if (!page) return { rows: await pageRows(paged) };
  return page.json === null ? { rows: page.rows } : { json: page.json, count: page.count };
}

/**
 * At most `SEARCH_TOTAL_CAP + 1` matches (id, and n their number), found in the index's order, then numbered in the
 * list's: SQL with the query builder's named parameters.
 */
function sortedMatches<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>): string {
  const { rows, order } = idsWithSortKey(qb, query, spec);
  return `SELECT id, row_number() OVER (ORDER BY ${order('')}) AS n FROM (${rows.limit(SEARCH_TOTAL_CAP + 1).getQuery()}) found`;
}

/**
 * The ids of the first `SEARCH_TOTAL_CAP + 1` matches in the list's date order, asking one period at a time from the
 * newest (the oldest, for an ascending sort): month by month through the newest year and the one before it, then
 * whole years. A probe reads the posting lists of its words in that period only: the index holds each word of an
 * entry prefixed with its month and with its year (`f_period_words`, migration 1767000000500). PostgreSQL stops
 * probing once it has the rows the LIMIT wants (nested loops over the periods, each sorted within, appended): a word
 * in 5 % of the entries is counted within its newest months; a rare one costs a probe per month of two years and per
 * year before, each reading its own matches only. The statement does not depend on the words (a parameter): its plan
 * is made once per connection. SQL of the matches (id, and n their number in the list's order), with the query
 * builder's named parameters.
 */
function matchesByPeriod<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>, search: PeriodSearch): string {
  const { alias } = spec;
  const { driver } = qb.connection;
  const table = driver.escape(qb.expressionMap.mainAlias!.metadata.tablePath);
  const column = driver.escape(search.byPeriod.column);
  const descending = query.sort[1] === 'DESC';
  const [edge, step] = descending ? ['max', -1] : ['min', 1];
  // Months: from the first one (the newest, descending) to the far end of the year before (after) it; years from there.
  const lastMonth = descending ? `(search.first_month / 12 - 1) * 12` : `(search.first_month / 12 + 1) * 12 + 11`;
  const firstYear = `search.first_month / 12 ${descending ? '- 2' : '+ 2'}`;
  // A word typed with a hyphen is a phrase ("saint-malo"): its parts being present, the phrase itself is checked on
  // the entries found, through the function behind `@@` (the operator would have the planner intersect the matches of
  // the whole table, for every period).
  const probe = (period: string) =>
    sorted(
      qb
        .clone()
        .select(`${alias}.id`, 'id')
        .where(`f_period_words(${alias}.${column}, ${search.vector}) @> ${period}.keys`)
        .andWhere(`(NOT search.phrase OR ts_match_vq(${search.vector}, search.query))`),
      query,
      spec,
    ).getQuery();
  // The keys of a period, as `f_period_words` writes them: "m<month> <word>", "y<year> <word>".
  const keys = (prefix: string, period: string) => `(SELECT array_agg('${prefix}' || ${period} || ' ' || word) AS keys FROM unnest(search.words) AS words(word))`;
  qb.setParameter('periodWords', searchWords(query.filter.q));
  // Numbered as found: the probes append the periods' matches in the list's order, each period sorted within.
  return `
    WITH search AS MATERIALIZED (
      SELECT tsvector_to_array(to_tsvector('simple', f_unaccent(lower(:periodWords)))) AS words,
             plainto_tsquery('simple', f_unaccent(lower(:periodWords))) AS query,
             strpos(CAST(plainto_tsquery('simple', f_unaccent(lower(:periodWords))) AS text), '<') > 0 AS phrase,
             (SELECT f_month(${edge}(${column})) FROM ${table}) AS first_month,
             (SELECT f_year(${descending ? 'min' : 'max'}(${column})) FROM ${table}) AS last_year
    )
    SELECT id, row_number() OVER () AS n FROM (
      SELECT m.id FROM search CROSS JOIN generate_series(search.first_month, ${lastMonth}, ${step}) AS months(month)
        CROSS JOIN LATERAL ${keys('m', 'months.month')} month_keys CROSS JOIN LATERAL (${probe('month_keys')}) m
      UNION ALL
      SELECT y.id FROM search CROSS JOIN generate_series(${firstYear}, search.last_year, ${step}) AS years(year)
        CROSS JOIN LATERAL ${keys('y', 'years.year')} year_keys CROSS JOIN LATERAL (${probe('year_keys')}) y
      LIMIT ${SEARCH_TOTAL_CAP + 1}
    ) found`;
}

interface FetchedPage<T> {
  /** The entities, when PostgreSQL did not write the JSON. */
  rows: T[];
  /** The rows' JSON array, when PostgreSQL wrote it. */
  json: string | null;
  count: number;
  /** The total, when the page was full and a count asked for; null otherwise. */
  counted: number | null;
  /** How many matches the search found, when the page was a slice of them. */
  matched?: number;
}

/**
 * The page and, when it is full (`size` rows), the total of the list `of` (counted up to `ceiling` + 1 rows), in one statement: one round trip to
 * PostgreSQL instead of two. A page that is not full is the last one: its total is known without counting, and the
 * count's sub-plan is then not run (`CASE` evaluates it only when needed). With `json`, PostgreSQL also writes the
 * rows' JSON when it knows how (`jsonSelectList`). Null for a query that is not one whole entity without joins.
 * With `matches` (a search's, with the query builder's parameters; the page reads them as `matches`), PostgreSQL
 * writes the JSON and also counts them.
 */
async function pageAndTotal<T extends ObjectLiteral>(
  paged: SelectQueryBuilder<T>,
  alias: string,
  options: PageOptions,
  count: { size: number; ceiling: number | undefined; of: SelectQueryBuilder<T> } | null,
  matches: string | null = null,
): Promise<FetchedPage<T> | null> {
  const hydrate = rowHydrator(paged);
  if (!hydrate) return null;
  let total = 'NULL::int';
  if (count) {
    const counting = count.of.clone().select(`${alias}.id`).orderBy().skip(undefined).take(undefined);
    if (count.ceiling !== undefined) counting.limit(count.ceiling + 1);
    total = `CASE WHEN (SELECT count(*) FROM page) < ${Number(count.size)} THEN NULL ELSE (SELECT count(*)::int FROM (${counting.getQuery()}) counted) END`;
  }
  const selectList = options.json === true ? jsonSelectList(paged, options.jsonFields, options.only) : null;
  if (matches !== null && selectList === null) return null;
  const prelude = matches === null ? 'WITH' : `WITH matches AS MATERIALIZED (${matches}),`;
  const matched = matches === null ? 'NULL::int' : '(SELECT count(*)::int FROM matches)';
  // The outer query only reads the materialised page: its rows keep the page's order.
  const sql = selectList
    ? `${prelude} page AS MATERIALIZED (${paged.clone().select(selectList.columns).getQuery()})
       SELECT (SELECT coalesce(json_agg(r), '[]'::json)::text FROM (SELECT ${selectList.json} FROM page) r) AS body, (SELECT count(*)::int FROM page) AS n, ${total} AS total, ${matched} AS matched`
    : `WITH page AS MATERIALIZED (${paged.getQuery()}) SELECT page.*, ${total} AS "${TOTAL_KEY}" FROM page`;
  const [native, parameters] = paged.connection.driver.escapeQueryWithParameters(sql, paged.getParameters());
  const result: Array<Record<string, unknown>> = await queryReusingPlans(paged.connection, native, parameters);
  if (selectList) {
    const [{ body, n, total: counted, matched: found }] = result as Array<{ body: string; n: number; total: number | null; matched: number | null }>;
    return { rows: [], json: body, count: n, counted, ...(found === null ? {} : { matched: found }) };
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

const hasFewRowsFilter = <T extends ObjectLiteral>(query: ListQuery, spec: ListSpec<T>): boolean =>
  Object.keys(query.filter).some((key) => Object.hasOwn(spec.filters, key) && spec.filters[key].fewRows);

/**
 * The page of a sorted list whose matching rows are sorted (a `fewRows` filter): the page's ids first, sorted from
 * the id and sort key alone (an index-only scan where an index holds the filters' columns, the sort key and the id),
 * then only the page's rows read, by primary key. Sorting whole rows read every matching row from the table: a
 * manager's overdue actions, 2 400 rows at the benchmark's national scale, 5.4 ms, against 1.4 ms for their ids from
 * the index (IDX_actions_laureate_status_due).
 */
function lateRowLookup<T extends ObjectLiteral>(list: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>, start: number, size: number): SelectQueryBuilder<T> {
  const pageIds = pageIdsByParent(list, query, spec, start, size) ?? list.clone().select(`${spec.alias}.id`).offset(start).limit(size).getQuery();
  // `where` replaces the filters and the scope (the ids passed them); the list's parameters stay with the clone.
  return sorted(list.clone().where(`${spec.alias}.id = ANY(ARRAY(${pageIds}))`), query, spec, false);
}

/**
 * With a filter that names its rows' parents (`FilterBase.parents`), the SQL of the page's ids: the first
 * `start + size` rows of each parent in the list's order, merged, then the page. Each parent's rows are then a range of
 * an index of the parent and the sort key, where there is one, read until it has enough: a manager's 10 most overdue
 * actions are 10 entries of each of their 20 laureates' open actions by due date (IDX_actions_open_laureate_due)
 * instead of all their 2 417 overdue actions sorted. Null without such a filter.
 */
function pageIdsByParent<T extends ObjectLiteral>(list: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>, start: number, size: number): string | null {
  const key = Object.keys(query.filter).find((name) => Object.hasOwn(spec.filters, name) && spec.filters[name].parents !== undefined);
  if (key === undefined) return null;
  const parents = spec.filters[key].parents!;
  const { rows, order } = idsWithSortKey(list, query, spec);
  const ofParent = sorted(rows.andWhere(`${parents.column} = parents.id`), query, spec, false).limit(start + size).getQuery();
  return `SELECT of_parent.id FROM (${parents.ids(filterParameter(query.filter, key), query.filter[key])}) parents CROSS JOIN LATERAL (${ofParent}) of_parent
           ORDER BY ${order('of_parent.')} OFFSET ${start} LIMIT ${size}`;
}

/** The list's sort: its field's SQL, checked to be one of the spec's (it reaches SQL), its direction and where nulls go. */
function sortOf<T extends ObjectLiteral>(query: ListQuery, spec: ListSpec<T>): { field: string; expression: string; direction: 'ASC' | 'DESC'; nulls: 'NULLS LAST' | 'NULLS FIRST' } {
  const [field, direction] = query.sort;
  // parseListQuery admits only the spec's own keys; checked again here, where a name would reach SQL.
  if (!Object.hasOwn(spec.sortable, field)) throw new Error(`not a sortable field of ${spec.resource}: ${field}`);
  return { field, expression: spec.sortable[field], direction, nulls: direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST' };
}

/**
 * The list's rows as their id and sort key (`id`, `sort_key`), unsorted, and the list's order over those two columns
 * (`order(prefix)`, the prefix naming the rows in the SQL that sorts them).
 */
function idsWithSortKey<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>): { rows: SelectQueryBuilder<T>; order: (prefix: string) => string } {
  const { expression, direction, nulls } = sortOf(query, spec);
  // In parentheses: TypeORM writes a selection equal to one before it (a sort by id) as both twice, an ambiguous "id".
  const rows = qb.clone().orderBy().select(`${spec.alias}.id`, 'id').addSelect(`(${expression})`, 'sort_key');
  return { rows, order: (prefix) => `${prefix}sort_key ${direction} ${nulls}, ${prefix}id ${direction}` };
}

/** Sorts in the list's order; `sortMatches`: sort the matching rows rather than walk the sort column's index. */
function sorted<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, query: ListQuery, spec: ListSpec<T>, sortMatches = hasFewRowsFilter(query, spec)): SelectQueryBuilder<T> {
  const { field, expression, direction, nulls } = sortOf(query, spec);
  if (sortMatches) {
    // A first sort key equal on every row (ids are positive) that no index provides: the planner then sorts the
    // matching rows rather than walking the sort column's index (see FilterBase.fewRows).
    qb.orderBy(`(${spec.alias}.id < 0)`).addOrderBy(expression, direction, nulls);
  } else {
    qb.orderBy(expression, direction, nulls);
  }
  if (field !== 'id') qb.addOrderBy(`${spec.alias}.id`, direction); // stable pages
  return qb;
}

/** The name of the parameter that `applyFilters` gives a filter's value: by its place in the filter. */
const filterParameter = (filter: Record<string, unknown>, key: string) => `f${Object.keys(filter).indexOf(key)}`;

export function applyFilters<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, filter: Record<string, unknown>, spec: ListSpec<T>): void {
  for (const [key, value] of Object.entries(filter)) {
    const param = filterParameter(filter, key);
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
  if (isWordSearch(search)) {
    qb.andWhere(`${search.vector} @@ plainto_tsquery('simple', f_unaccent(lower(:${param})))`, { [param]: searchWords(q) });
    return;
  }
  searchWords(q).split(' ').forEach((word, i) => {
    const pattern = `('%' || f_unaccent(lower(:${param}_${i})) || '%')`;
    const condition = typeof search === 'string' ? `${search} LIKE ${pattern}` : search(pattern);
    qb.andWhere(`(${condition})`, { [`${param}_${i}`]: escapeLike(word) });
  });
}

/** The words searched for: the first 8 of the text typed. */
const searchWords = (q: unknown): string => String(q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 8).join(' ');

type PeriodSearch = WordSearch & Required<Pick<WordSearch, 'byPeriod'>>;

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
