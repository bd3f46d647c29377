import { type Bilingual, bilingual } from '../errors/bilingual.js';
import { hasForbiddenCharacter } from './text-rules.js';

/** Deepest nesting of arrays and objects a client may send (a body or a list's `filter`); ours need 3. */
export const MAX_JSON_DEPTH = 32;
/** Most object members in one JSON text (the biggest legitimate body, a committee with 50 external members, has ~120). */
export const MAX_JSON_KEYS = 2000;

/**
 * Bounds a JSON text's nesting and member count before it is parsed, in one pass over its characters: a body nested
 * thousands of levels deep otherwise overflows the stack of every recursive walk after the parser (validation,
 * transformation) and answers 500. Returns what is wrong, or null (a syntax error is left to the parser).
 */
export function jsonShapeProblem(text: string): Bilingual | null {
  let depth = 0;
  let keys = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) {
        return bilingual(`JSON trop imbriqué (au plus ${MAX_JSON_DEPTH} niveaux)`, `JSON nested too deeply (at most ${MAX_JSON_DEPTH} levels)`);
      }
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    } else if (c === 0x3a && ++keys > MAX_JSON_KEYS) {
      return bilingual(`JSON trop volumineux (au plus ${MAX_JSON_KEYS} champs)`, `JSON too large (at most ${MAX_JSON_KEYS} fields)`);
    }
  }
  return null;
}

/** Names no client key may take: they would reach Object.prototype through a lookup (`__proto__`, `constructor`…). */
const RESERVED_KEYS = new Set(['__proto__', ...Object.getOwnPropertyNames(Object.prototype)]);

export const CONTROL_CHARACTER = bilingual('Caractère de contrôle ou invisible interdit', 'Control or invalid character not allowed');
export const RESERVED_KEY = bilingual('Nom de champ réservé', 'Reserved field name');

/**
 * The first string or key of parsed JSON that no field may hold, as `{ path: message }` (`externalMembers.0.name`,
 * the path validation errors use), or null: control characters and lone surrogates anywhere, keys named after
 * Object.prototype's properties. Called after `jsonShapeProblem`, so the recursion is bounded.
 */
export function jsonContentProblem(value: unknown, path = ''): Record<string, Bilingual> | null {
  if (typeof value === 'string') return hasForbiddenCharacter(value) ? { [path || 'body']: CONTROL_CHARACTER } : null;
  if (typeof value !== 'object' || value === null) return null;
  const entries: [string, unknown][] = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, item] of entries) {
    const itemPath = path ? `${path}.${key}` : key;
    if (RESERVED_KEYS.has(key)) return { [itemPath]: RESERVED_KEY };
    if (hasForbiddenCharacter(key)) return { [path || 'body']: CONTROL_CHARACTER };
    const problem = jsonContentProblem(item, itemPath);
    if (problem) return problem;
  }
  return null;
}
