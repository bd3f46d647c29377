import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** A filter value given as one value or a list (react-admin sends either). */
export const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

export type FilterType = 'integer' | 'text' | 'boolean' | 'date' | 'enum';

interface FilterBase {
  type: FilterType;
  values?: readonly string[];
  /**
   * The rows this filter keeps belong to a few parents (an acceleration manager's laureates): the page is then sorted
   * from those rows, instead of read along an index in the list's order and filtered, a plan that PostgreSQL prefers
   * for a short page and whose cost grows with the whole table when few rows match (a manager without overdue actions
   * read every open action of the country). Worst case: sorting the parents' rows.
   */
  fewRows?: boolean;
  /**
   * With `fewRows`: the parents themselves, as the SQL of their ids (`ids`, given the name of the filter's parameter
   * and its value) and the column of a row that names its parent. A page is then made of each parent's first rows
   * (see findList's `pageIdsByParent`).
   */
  parents?: { ids: (param: string, value: unknown) => string; column: string };
}

export interface ColumnFilter extends FilterBase {
  /** SQL expression compared with the value (`org.kind`); arrays become IN, null becomes IS NULL. */
  column: string;
  operator?: '=' | '>=' | '<=' | 'contains';
}

export interface CustomFilter<T extends ObjectLiteral = ObjectLiteral> extends FilterBase {
  apply: (qb: SelectQueryBuilder<T>, value: unknown, param: string) => void;
}

export type FilterDef<T extends ObjectLiteral = ObjectLiteral> = ColumnFilter | CustomFilter<T>;

/** What a resource declares; everything else about the list protocol is shared. */
export interface ListSpec<T extends ObjectLiteral = ObjectLiteral> {
  resource: string;
  /** Query-builder alias of the main table. */
  alias: string;
  /** field (as the client names it) → SQL expression; human text through `frenchText` so that it sorts in French. */
  sortable: Record<string, string>;
  defaultSort: [string, 'ASC' | 'DESC'];
  filters: Record<string, FilterDef<T>>;
  /**
   * What `filter.q` searches, word by word: an indexed, already unaccented+lowercased SQL expression, or a
   * function building the condition from the SQL of the `%word%` pattern (to search joined tables through indexes),
   * both matching substrings through a trigram index; or a search by words (`WordSearch`) through a `tsvector`.
   */
  search?: string | ((pattern: string) => string) | WordSearch;
  /**
   * For a table that grows without bound (the audit trail): count at most this many rows; beyond, the total is
   * answered as this number with `X-Total-Capped`, as for a search.
   */
  totalCap?: number;
}

/**
 * A search by words: every word typed must be a word of the text, accents and case ignored. For long text that grows
 * without bound (the journal), where a substring's trigrams are frequent and the trigram index's work grows with the
 * table.
 */
export interface WordSearch {
  kind: 'words';
  /** The `tsvector` column: `to_tsvector('simple', f_unaccent(lower(text)))`, matched by `plainto_tsquery` of the same. */
  vector: string;
  /**
   * The date of the list's default sort, for a search in date order: when the list is sorted by `field` (either way),
   * the matches are asked period by period from the sorted end (a GIN index of `f_period_words(column, vector)`: each
   * word prefixed with its month and its year) and the asking stops at the count cap, so that a common word costs its
   * newest months only.
   */
  byPeriod?: { field: string; column: string };
}

export const isWordSearch = (search: ListSpec['search']): search is WordSearch => typeof search === 'object' && search.kind === 'words';

/**
 * Search an indexed text column of the resource, or the name of its organisation, each through its own index
 * (`= ANY(ARRAY(…))` lets the planner use both trigram indexes; `IN (SELECT …)` made it scan the resource).
 */
export const searchWithOrganisation =
  (ownSearchColumn: string, organisationIdColumn: string) =>
  (pattern: string): string =>
    `${ownSearchColumn} LIKE ${pattern} OR ${organisationIdColumn} = ANY(ARRAY(SELECT id FROM organisations WHERE search_text LIKE ${pattern}))`;

/** The ICU collation lists sort human text with; its presence is checked by a migration (1765200000003). */
export const FRENCH_COLLATION = 'fr-x-icu';

/**
 * A text column sorted as a French reader expects ("abeille, Académie, API, École, Zèbre"), not in byte order
 * (which puts every capital before every small letter and accented letters after "z").
 */
export const frenchText = (column: string): string => `${column} COLLATE "${FRENCH_COLLATION}"`;
