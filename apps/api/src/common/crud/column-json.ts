import type { Driver, ValueTransformer } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';

/** A transformer that reads `numeric` text as a JavaScript number (`Number(text)`): SQL writes it as `col::float8`. */
export type NumericToNumber = ValueTransformer & { readonly numericAsNumber: true };

/**
 * The value of this column, as SQL over `ref`, whose JSON in PostgreSQL (`to_json`, `to_jsonb`, `row_to_json`) is what
 * `JSON.stringify` writes for it in an entity TypeORM hydrated; null when it is not known (a transformer of its own, a
 * type not listed): the caller then keeps TypeORM's path. Used where PostgreSQL writes JSON itself: list pages
 * (`common/list/page-json.ts`) and audit events of one-statement writes (`record-sql.ts`). Equal values, up to number
 * formatting (12.50 for 12.5).
 */
export function columnValue(column: ColumnMetadata, ref: string, driver: Driver): string | null {
  // The driver's name of the type: also for a type given as a constructor (`@VersionColumn()`: Number).
  const type = String(driver.normalizeType(column));
  if (column.transformer) {
    const numeric = !Array.isArray(column.transformer) && (column.transformer as Partial<NumericToNumber>).numericAsNumber === true;
    return numeric && type === 'numeric' && !column.isArray ? `${ref}::float8` : null;
  }
  if (column.isArray) return ['integer', 'int', 'smallint', 'text'].includes(type) ? ref : null;
  switch (type) {
    case 'integer':
    case 'int':
    case 'smallint':
    case 'boolean':
    case 'text':
    case 'varchar':
    case 'character varying':
    case 'date': // TypeORM answers 'YYYY-MM-DD', as PostgreSQL's JSON does
    case 'jsonb':
      return ref;
    case 'bigint': // node-postgres reads int8 and numeric as text
    case 'numeric':
      return `${ref}::text`;
    case 'timestamptz':
    case 'timestamp with time zone': // a Date, truncated to the millisecond, written by toISOString()
      return `to_char(${ref} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    default:
      return null;
  }
}

/** `columnValue` as a jsonb. */
export function columnJson(column: ColumnMetadata, ref: string, driver: Driver): string | null {
  const value = columnValue(column, ref, driver);
  return value === null ? null : `to_jsonb(${value})`;
}
