import { BadRequestException } from '@nestjs/common';
import { type Bilingual, bilingual } from '../errors/bilingual.js';
import { jsonContentProblem, jsonShapeProblem } from '../validation/json-shape.js';
import { isCalendarDate, isDateTime } from '../validation/dates.js';
import { hasForbiddenCharacter } from '../validation/text-rules.js';
import type { ListSpec } from './list-spec.js';

/** Longest `filter.q` or text filter value. */
export const MAX_FILTER_TEXT = 200;

export const MAX_PAGE_SIZE = 1000;
export const DEFAULT_PAGE_SIZE = 25;

/** Most fields a list may ask for (`fields`): more than any resource has. */
export const MAX_FIELDS = 100;

export interface ListQuery {
  sort: [string, 'ASC' | 'DESC'];
  range: [number, number];
  filter: Record<string, unknown>;
  /** Only these fields of each row, and its id (`fields=["name","phase"]`); absent: every field. */
  fields?: readonly string[];
}

export interface RawListQuery {
  sort?: unknown;
  range?: unknown;
  filter?: unknown;
  fields?: unknown;
}

function badRequest(field: string, message: Bilingual): never {
  throw new BadRequestException({ message, errors: { [field]: message } });
}

function parseJson(field: string, raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') badRequest(field, bilingual(`${field} doit être donné une seule fois, en JSON`, `${field} must be given once, as JSON`));
  // The same bounds as a request body: nesting and size before parsing, then no control character nor reserved key.
  const shape = jsonShapeProblem(raw);
  if (shape) badRequest(field, shape);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return badRequest(field, bilingual(`${field} n'est pas du JSON valide`, `${field} is not valid JSON`));
  }
  const content = jsonContentProblem(value);
  if (content) {
    const [path, message] = Object.entries(content)[0];
    badRequest(path === 'body' ? field : `${field}.${path}`, message);
  }
  return value;
}

/** Parses react-admin's simple-REST `sort`, `range` and `filter` query parameters against a resource's spec. */
export function parseListQuery(raw: RawListQuery, spec: ListSpec): ListQuery {
  const filter = parseFilter(parseJson('filter', raw.filter), spec);
  const fields = parseFields(parseJson('fields', raw.fields));
  return {
    sort: parseSort(parseJson('sort', raw.sort), spec),
    range: parseRange(parseJson('range', raw.range), filter),
    filter,
    ...(fields ? { fields } : {}),
  };
}

/**
 * An extension of the simple REST protocol (its stock provider never sends it): `fields=["name","phase"]` asks for
 * these fields of each row only, and its id. Which names a resource has is checked where its rows are read
 * (`findList`).
 */
function parseFields(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const message = bilingual(
    `fields doit être une liste de 1 à ${MAX_FIELDS} noms de champs, comme ["name","phase"]`,
    `fields must be a list of 1 to ${MAX_FIELDS} field names, like ["name","phase"]`,
  );
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_FIELDS) badRequest('fields', message);
  if (!value.every((name) => typeof name === 'string' && FIELD_NAME.test(name))) badRequest('fields', message);
  return [...new Set(value as string[])];
}

/** A field's name as the API writes them: camelCase letters and digits. */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9]{0,62}$/;

function parseSort(value: unknown, spec: ListSpec): [string, 'ASC' | 'DESC'] {
  if (value === undefined) return spec.defaultSort;
  if (!Array.isArray(value) || value.length !== 2 || typeof value[0] !== 'string') {
    badRequest('sort', bilingual('sort doit être de la forme ["champ","ASC"|"DESC"]', 'sort must look like ["field","ASC"|"DESC"]'));
  }
  const [field, order] = value as [string, unknown];
  // Own keys only: `"constructor" in spec.sortable` is true, and `sortable.__proto__` is Object.prototype (issue 13).
  if (!Object.hasOwn(spec.sortable, field)) {
    const sortable = Object.keys(spec.sortable).join(', ');
    badRequest('sort', bilingual(`tri impossible sur « ${field} » ; champs triables : ${sortable}`, `cannot sort by “${field}”; sortable fields: ${sortable}`));
  }
  const direction = typeof order === 'string' ? order.toUpperCase() : '';
  if (direction !== 'ASC' && direction !== 'DESC') badRequest('sort', bilingual('l’ordre de tri doit être ASC ou DESC', 'the sort order must be ASC or DESC'));
  return [field, direction];
}

function parseRange(value: unknown, filter: Record<string, unknown>): [number, number] {
  if (value === undefined) {
    // getMany sends ids without a range: answer all of them (up to the cap).
    const ids = filter.id;
    const size = Array.isArray(ids) ? Math.max(ids.length, 1) : DEFAULT_PAGE_SIZE;
    return [0, Math.min(size, MAX_PAGE_SIZE) - 1];
  }
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((n) => Number.isSafeInteger(n) && n >= 0) ||
    value[1] < value[0]
  ) {
    badRequest('range', bilingual('range doit être [début, fin] avec 0 ≤ début ≤ fin', 'range must be [start, end] with 0 ≤ start ≤ end'));
  }
  const [start, end] = value as [number, number];
  if (end - start + 1 > MAX_PAGE_SIZE) badRequest('range', bilingual(`une page compte au plus ${MAX_PAGE_SIZE} lignes`, `a page has at most ${MAX_PAGE_SIZE} rows`));
  return [start, end];
}

function parseFilter(value: unknown, spec: ListSpec): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    badRequest('filter', bilingual('filter doit être un objet JSON', 'filter must be a JSON object'));
  }
  const filter: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    if (raw === undefined || raw === '') continue;
    if (key === 'q') {
      if (!spec.search) {
        badRequest('filter', bilingual(`la recherche plein texte n'est pas disponible sur ${spec.resource}`, `full-text search is not available on ${spec.resource}`));
      }
      if (typeof raw !== 'string') badRequest('filter.q', bilingual('q doit être une chaîne', 'q must be a string'));
      filter.q = checkedText('q', raw);
    } else if (key === 'id') {
      filter.id = validateValue('id', raw, 'integer', undefined, true);
    } else {
      const def = Object.hasOwn(spec.filters, key) ? spec.filters[key] : undefined;
      if (!def) {
        const known = ['q', 'id', ...Object.keys(spec.filters)].join(', ');
        badRequest('filter', bilingual(`filtre inconnu « ${key} » ; filtres possibles : ${known}`, `unknown filter “${key}”; available filters: ${known}`));
      }
      filter[key] = validateValue(key, raw, def.type, def.values, true);
    }
  }
  return filter;
}

function validateValue(key: string, raw: unknown, type: string, values: readonly string[] | undefined, allowArray: boolean): unknown {
  const refuse = (fr: string, en: string) => badRequest(`filter.${key}`, bilingual(fr, en));
  if (raw === null) return null;
  if (Array.isArray(raw)) {
    if (!allowArray) refuse(`${key} n'accepte pas de liste`, `${key} does not accept a list`);
    if (raw.length > MAX_PAGE_SIZE) refuse(`${key} : au plus ${MAX_PAGE_SIZE} valeurs`, `${key}: at most ${MAX_PAGE_SIZE} values`);
    return raw.map((item) => validateValue(key, item, type, values, false));
  }
  switch (type) {
    case 'integer': {
      const n = typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
      if (!Number.isSafeInteger(n) || (n as number) > 2147483647 || (n as number) < -2147483648) refuse(`${key} doit être un entier`, `${key} must be an integer`);
      return n;
    }
    case 'boolean':
      if (raw === true || raw === 'true') return true;
      if (raw === false || raw === 'false') return false;
      return refuse(`${key} doit valoir true ou false`, `${key} must be true or false`);
    case 'date':
      if (typeof raw !== 'string' || !(isCalendarDate(raw) || isDateTime(raw))) refuse(`${key} doit être une date AAAA-MM-JJ qui existe`, `${key} must be an existing YYYY-MM-DD date`);
      return raw;
    case 'enum':
      if (typeof raw !== 'string' || !values?.includes(raw)) refuse(`${key} doit valoir l'un de : ${values?.join(', ')}`, `${key} must be one of: ${values?.join(', ')}`);
      return raw;
    default:
      if (typeof raw !== 'string' && typeof raw !== 'number') refuse(`${key} doit être une chaîne`, `${key} must be a string`);
      return checkedText(key, String(raw));
  }
}

/** A searched text: no control character (PostgreSQL refuses NUL), bounded, in NFC like the stored text. */
function checkedText(key: string, raw: string): string {
  const field = `filter.${key}`;
  if (hasForbiddenCharacter(raw) || /[\t\n\r]/.test(raw)) badRequest(field, bilingual(`${key} : caractère de contrôle interdit`, `${key}: control character not allowed`));
  if (raw.length > MAX_FILTER_TEXT) badRequest(field, bilingual(`${key} : au plus ${MAX_FILTER_TEXT} caractères`, `${key}: at most ${MAX_FILTER_TEXT} characters`));
  return raw.normalize('NFC');
}
