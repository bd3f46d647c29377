import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata.js';
import { DriverUtils } from 'typeorm/driver/DriverUtils.js';
import type { Driver, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { columnJson } from '../crud/column-json.js';

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
    const value = columnJson(column, raw, driver);
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
