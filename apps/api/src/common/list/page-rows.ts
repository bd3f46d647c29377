import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata.js';
import { DriverUtils } from 'typeorm/driver/DriverUtils.js';
import type { Driver, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import type { Alias } from 'typeorm/query-builder/Alias.js';
import { hydrateRow } from '../crud/hydrate-row.js';
import { queryReusingPlansOn } from '../sql/prepared.js';

/** Per entity: the raw-result key of each selected column (the alias TypeORM gives it) and the column. */
const columnsCache = new WeakMap<EntityMetadata, Map<string, Array<[string, ColumnMetadata]>>>();

function hydratedColumns(metadata: EntityMetadata, alias: string, driver: Driver): Array<[string, ColumnMetadata]> {
  let byAlias = columnsCache.get(metadata);
  if (!byAlias) columnsCache.set(metadata, (byAlias = new Map()));
  let columns = byAlias.get(alias);
  if (!columns) {
    columns = metadata.columns.filter((column) => !column.isVirtual).map((column) => [DriverUtils.buildAlias(driver, undefined, alias, column.databaseName), column]);
    byAlias.set(alias, columns);
  }
  return columns;
}

/**
 * The rows of a list page, as `getMany()` gives them, without TypeORM's generic entity transformer (grouping rows by
 * primary key for joins, relation loaders, load events): a list selects one entity without joins, and the transformer
 * was ~100 µs of a page of 25 laureates (~15 % of the request's CPU, measured). Values go through the same
 * `prepareHydratedValue` (types, transformers). Any other query shape goes through `getMany()`.
 */
export async function pageRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  const hydrate = rowHydrator(qb);
  return hydrate ? (await rawRows(qb)).map(hydrate) : qb.getMany();
}

/**
 * The one record of a query by id, as `getOne()` gives it (null: none), read the way `pageRows` reads a page: a
 * laureate's page, or any record's, asks for it on every view, and TypeORM sent its text unnamed (parsed and planned
 * by PostgreSQL each time).
 */
export async function oneRow<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T | null> {
  const hydrate = rowHydrator(qb);
  if (!hydrate) return qb.getOne();
  const [raw] = await rawRows(qb);
  return raw === undefined ? null : hydrate(raw);
}

/** The query's raw rows, its text prepared once per connection (`queryReusingPlansOn`), a transaction's included. */
function rawRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<Array<Record<string, unknown>>> {
  const [text, parameters] = qb.getQueryAndParameters();
  // A query builder of a transaction's entity manager holds its runner (a protected field of TypeORM's).
  return queryReusingPlansOn(qb.connection, (qb as unknown as { queryRunner?: QueryRunner }).queryRunner, text, parameters);
}

/** The query's alias when it selects one whole entity without joins (the shape read without `getMany()`); else null. */
export function wholeEntityAlias<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): (Alias & { metadata: EntityMetadata }) | null {
  const { mainAlias, joinAttributes, relationIdAttributes, selects } = qb.expressionMap;
  const wholeEntityOnly = selects.length === 1 && selects[0].selection === mainAlias?.name;
  if (!mainAlias?.hasMetadata || !wholeEntityOnly || joinAttributes.length + relationIdAttributes.length > 0) return null;
  return mainAlias as Alias & { metadata: EntityMetadata };
}

/**
 * How to turn one raw row of this query into its entity, when the query selects one whole entity without joins;
 * null for any other shape (which goes through `getMany()`). Keys of the raw row that are not columns are ignored.
 */
export function rowHydrator<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): ((raw: Record<string, unknown>) => T) | null {
  const mainAlias = wholeEntityAlias(qb);
  if (!mainAlias) return null;
  const { metadata } = mainAlias;
  const { driver } = qb.connection;
  const columns = hydratedColumns(metadata, mainAlias.name, driver);
  return (raw) => hydrateRow<T>(metadata, columns, driver, raw);
}
