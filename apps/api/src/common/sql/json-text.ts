/**
 * SQL expressions that build JSON text in PostgreSQL exactly as `JSON.stringify` writes it (compact, same escapes,
 * same key order), so that a large answer can go out as PostgreSQL's string: no rows to hydrate, no object graph,
 * no serialisation on the API's single thread. Every expression yields non-null text (`null` for SQL NULL).
 */
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

export const jsonText = {
  /** A text, integer or boolean value (`to_json` escapes strings as `JSON.stringify` does). */
  value: (sql: string) => `coalesce(to_json(${sql})::text, 'null')`,
  /** An integer (its text is its JSON). */
  integer: (sql: string) => `coalesce((${sql})::text, 'null')`,
  /** An amount in euros (`numeric`) as the number `Number()` reads from it: 5000.00 → 5000, 12.50 → 12.5. */
  euros: (sql: string) => `coalesce(trim_scale(${sql})::text, 'null')`,
  /** A `date` as its 'YYYY-MM-DD' string. */
  date: (sql: string) => `coalesce('"' || to_char(${sql}, 'YYYY-MM-DD') || '"', 'null')`,
  /** An object of these keys, in this order, each given as JSON text (`||`: no per-value type lookups, as `concat` has). */
  object(fields: Record<string, string>): string {
    const entries = Object.entries(fields);
    if (entries.length === 0) return `'{}'`;
    return `(${entries.map(([key, value], i) => `${literal(`${i ? ',' : '{'}${JSON.stringify(key)}:`)} || ${value}`).join(' || ')} || '}')`;
  },
  /** An array of one element (JSON text) per row of `from`, in `orderBy` order; `[]` when there is none. */
  array: (element: string, from: string, orderBy: string) => `(SELECT '[' || coalesce(string_agg(${element}, ',' ORDER BY ${orderBy}), '') || ']' FROM ${from})`,
  /** An object of one key (text) per row of `from`, values as JSON text, in `orderBy` order; `{}` when there is none. */
  entries: (key: string, value: string, from: string, orderBy: string) =>
    `(SELECT '{' || coalesce(string_agg(to_json((${key})::text)::text || ':' || ${value}, ',' ORDER BY ${orderBy}), '') || '}' FROM ${from})`,
};
