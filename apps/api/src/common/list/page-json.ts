import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata.js';
import { DriverUtils } from 'typeorm/driver/DriverUtils.js';
import type { Driver, ObjectLiteral, SelectQueryBuilder, ValueTransformer } from 'typeorm';
import { eurosTransformer } from '../crud/euros.transformer.js';
import { decimalTransformer } from '../../impact/indicators/decimal.transformer.js';

/** Transformers whose `from` is `Number(text)`: PostgreSQL gives the same number with `::float8`. */
const TO_NUMBER = new Set<ValueTransformer>([eurosTransformer, decimalTransformer]);

/** PostgreSQL types whose JSON is already what the entity gives in JSON (arrays of them included). */
const AS_IS = new Set(['integer', 'smallint', 'text', 'character varying', 'boolean', 'jsonb', 'json', 'date', 'enum', 'uuid']);

/** SQL giving, in JSON, the value `JSON.stringify` writes for this column of a hydrated entity; null: not known. */
function jsonValue(column: ColumnMetadata, driver: Driver, sql: string): string | null {
  const type = String(driver.normalizeType(column));
  if (column.transformer) {
    return !Array.isArray(column.transformer) && TO_NUMBER.has(column.transformer) && type === 'numeric' ? `(${sql})::float8` : null;
  }
  if (type === 'timestamp with time zone' && !column.isArray) return `to_char(${sql} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
  // node-postgres reads these as text, to keep their precision.
  if ((type === 'bigint' || type === 'numeric') && !column.isArray) return `(${sql})::text`;
  return AS_IS.has(type) ? sql : null;
}

/** Per entity and alias: the JSON object of one raw row of its whole-entity query, as SQL over `page`; null: not known. */
const cache = new WeakMap<EntityMetadata, Map<string, string | null>>();

/** json_build_object takes at most 100 arguments: 50 columns a call, merged beyond. */
const PAIRS_PER_CALL = 50;

function buildRowJson(metadata: EntityMetadata, alias: string, driver: Driver): string | null {
  const columns = metadata.columns.filter((column) => column.isSelect && !column.isVirtual);
  if (metadata.columns.some((column) => column.isVirtualProperty || column.embeddedMetadata || column.relationMetadata)) return null;
  const pairs: string[] = [];
  for (const column of columns) {
    const raw = `page."${DriverUtils.buildAlias(driver, undefined, alias, column.databaseName)}"`;
    const value = jsonValue(column, driver, raw);
    if (value === null) return null;
    pairs.push(`'${column.propertyName.replace(/'/g, "''")}', ${value}`);
  }
  const calls: string[] = [];
  for (let i = 0; i < pairs.length; i += PAIRS_PER_CALL) calls.push(`jsonb_build_object(${pairs.slice(i, i + PAIRS_PER_CALL).join(', ')})`);
  return calls.length === 1 ? calls[0].replace(/^jsonb_/, 'json_') : `(${calls.join(' || ')})`;
}

/**
 * The SQL of one row's JSON over the materialised page `page` of this query, when the query selects one whole entity
 * without joins and every column has a known JSON form; null otherwise (the page then goes through `pageRows`).
 * The JSON is the entity's as `JSON.stringify` writes it, up to key order and number formatting (12.50 for 12.5).
 */
export function rowJson<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): string | null {
  const { mainAlias, joinAttributes, relationIdAttributes, selects } = qb.expressionMap;
  const wholeEntityOnly = selects.length === 1 && selects[0].selection === mainAlias?.name;
  if (!mainAlias?.hasMetadata || !wholeEntityOnly || joinAttributes.length + relationIdAttributes.length > 0) return null;
  let byAlias = cache.get(mainAlias.metadata);
  if (!byAlias) cache.set(mainAlias.metadata, (byAlias = new Map()));
  if (!byAlias.has(mainAlias.name)) byAlias.set(mainAlias.name, buildRowJson(mainAlias.metadata, mainAlias.name, qb.connection.driver));
  return byAlias.get(mainAlias.name)!;
}
