import type { Driver, EntityManager, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata.js';
import { AUDIT_IGNORED, AUDIT_REDACTED } from '../../platform/audit-events/audit.service.js';
import type { AuditChanges } from '../../platform/audit-events/audit-event.entity.js';
import type { AuditAction } from '@aic/domain';
import type { Actor } from '../auth/request-user.js';
import { columnJson } from './column-json.js';
import { hydrateRow, type RawColumn } from './hydrate-row.js';
import { queryReusingPlansIn } from '../sql/prepared.js';

/**
 * A write and its audit event in ONE statement (a data-modifying CTE): `INSERT … RETURNING *` (or `UPDATE`, `DELETE`)
 * and `INSERT INTO audit_events … SELECT … FROM` that row. One statement is atomic on its own, so a create needs no
 * explicit transaction (BEGIN, COMMIT: two round trips less), and TypeORM's `save()` (with its re-read of the row)
 * is replaced by the row the statement returns, hydrated as TypeORM hydrates it (`prepareHydratedValue`).
 *
 * The audit event of a create is `diffRecords(null, created)`, computed here in SQL over the inserted row: each
 * column as node-postgres and TypeORM give it to JavaScript, then as `JSON.stringify` writes it (timestamps as
 * `toISOString()`, `numeric` read as a number by its transformer, `bigint` as text…). Only column types whose
 * JavaScript form is known are written this way; an entity with anything else (relations, virtual columns,
 * listeners, other transformers) keeps TypeORM's path (`supportsOneStatement`). `record-sql.e2e-spec.ts` checks,
 * for every entity, that the SQL form equals `diffRecords` of the entity TypeORM loads.
 */

interface Plan {
  table: string;
  /** The columns TypeORM loads (`findOneBy`), in its order, for hydration and the audit event. */
  loaded: ColumnMetadata[];
  /** The loaded columns under their names in a returned row. */
  rawColumns: RawColumn[];
  /** The audit event of a create, as a jsonb expression over the row alias `r`. */
  createChanges: string;
}

const plans = new WeakMap<EntityMetadata, Plan | null>();

/** The entity's one-statement plan, or null when its writes keep TypeORM's path (see above). */
export function planOf(metadata: EntityMetadata, em: EntityManager): Plan | null {
  if (plans.has(metadata)) return plans.get(metadata)!;
  const plan = buildPlan(metadata, em);
  plans.set(metadata, plan);
  return plan;
}

function buildPlan(metadata: EntityMetadata, em: EntityManager): Plan | null {
  const primary = metadata.primaryColumns;
  const plain =
    metadata.relations.length === 0 &&
    metadata.embeddeds.length === 0 &&
    !metadata.treeType &&
    !metadata.discriminatorColumn &&
    metadata.ownListeners.length === 0 &&
    metadata.listeners.length === 0 &&
    em.connection.subscribers.length === 0 &&
    metadata.tableType === 'regular' &&
    primary.length === 1 &&
    primary[0].propertyName === 'id' &&
    metadata.columns.every((c) => !c.isVirtual && !c.isVirtualProperty && c.propertyPath === c.propertyName);
  if (!plain) return null;
  const loaded = metadata.columns.filter((c) => c.isSelect);
  const pairs: string[] = [];
  for (const column of loaded) {
    if (AUDIT_IGNORED.has(column.propertyName)) continue;
    const value = AUDIT_REDACTED.has(column.propertyName) ? `'"***"'::jsonb` : columnJson(column, `r.${em.connection.driver.escape(column.databaseName)}`, em.connection.driver);
    if (!value) return null;
    const before = AUDIT_REDACTED.has(column.propertyName) ? `'"***"'::jsonb` : 'NULL::jsonb';
    pairs.push(`'${column.propertyName}', jsonb_build_object('before', ${before}, 'after', ${value})`);
  }
  // Fields of the class that TypeORM does not load (no column, or `select: false`) are in its entities all the same
  // (it builds them with `new`): undefined, so null in the event ('***' for a secret).
  const blank = metadata.create() as Record<string, unknown>;
  for (const key of Object.keys(blank)) {
    if (AUDIT_IGNORED.has(key) || loaded.some((c) => c.propertyName === key)) continue;
    if (blank[key] !== undefined && blank[key] !== null) return null;
    const value = AUDIT_REDACTED.has(key) ? `'"***"'::jsonb` : 'NULL::jsonb';
    pairs.push(`'${key}', jsonb_build_object('before', ${value}, 'after', ${value})`);
  }
  // jsonb_build_object takes at most 100 arguments: 40 fields per call.
  const chunks: string[] = [];
  for (let i = 0; i < pairs.length; i += 40) chunks.push(`jsonb_build_object(${pairs.slice(i, i + 40).join(', ')})`);
  return { table: em.connection.driver.escape(metadata.tableName), loaded, rawColumns: loaded.map((column) => [column.databaseName, column] as const), createChanges: chunks.join(' || ') || `'{}'::jsonb` };
}

/** The SQL type of a column, for a cast of its parameter (an `INSERT … SELECT` does not infer it). */
function sqlType(column: ColumnMetadata, driver: Driver): string {
  // The driver's name, as `columnValue` reads it: also for a type given as a constructor (`@Column() n: number`).
  return `${String(driver.normalizeType(column))}${column.isArray ? '[]' : ''}`;
}

class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return `$${this.values.length}${cast ? `::${cast}` : ''}`;
  }
}

/** A condition on the row's values, written with `param` (e.g. "the caller may write to this laureate"). */
export type Guard = (param: (value: unknown, cast?: string) => string) => string;

function auditInsert(params: Params, actor: Actor | null, resource: string, action: AuditAction, changes: string, from: string): string {
  return `INSERT INTO audit_events (actor_id, actor_email, resource, record_id, action, changes, request_id)
    SELECT ${params.add(actor?.user.id ?? null, 'integer')}, ${params.add(actor?.user.email ?? null, 'text')}, ${params.add(resource, 'text')},
      r.id::text, ${params.add(action, 'text')}, ${changes}, ${params.add(actor?.requestId ?? null, 'text')} FROM ${from} r`;
}

/** The row a statement returned, as TypeORM's `findOneBy` would give it. */
export function hydrate<T extends ObjectLiteral>(metadata: EntityMetadata, plan: Plan, driver: Driver, raw: Record<string, unknown>): T {
  return hydrateRow<T>(metadata, plan.rawColumns, driver, raw);
}

/**
 * `INSERT … RETURNING *` of `values` (as TypeORM's insert writes them: driver-prepared values, DEFAULT for what is
 * undefined, version 1) and, when `audit` is given, its 'create' audit event in the same statement. With a `guard`,
 * nothing is written when it does not hold (null).
 */
export async function insertRow<T extends ObjectLiteral>(
  em: EntityManager,
  metadata: EntityMetadata,
  plan: Plan,
  values: Partial<T>,
  audit: { actor: Actor | null; resource: string } | null,
  guard?: Guard,
): Promise<T | null> {
  const { driver } = em.connection;
  const params = new Params();
  const names: string[] = [];
  const exprs: string[] = [];
  for (const column of metadata.columns) {
    if (!column.isInsert || (column.isGenerated && column.generationStrategy === 'increment')) continue; // as TypeORM's insert
    const value = driver.preparePersistentValue(column.getEntityValue(values), column);
    if (value === undefined && !column.isVersion) continue;
    names.push(driver.escape(column.databaseName));
    exprs.push(value === undefined ? '1' : params.add(value, sqlType(column, driver)));
  }
  const where = guard ? ` WHERE ${guard((v, cast) => params.add(v, cast))}` : '';
  const insert = `INSERT INTO ${plan.table} (${names.join(', ')}) SELECT ${exprs.join(', ')}${where} RETURNING *`;
  const sql = audit
    ? `WITH ins AS (${insert}), audit AS (${auditInsert(params, audit.actor, audit.resource, 'create', plan.createChanges, 'ins')}) SELECT * FROM ins`
    : insert;
  // Parsed and planned once per connection and text (0.4 of the ~1.1 ms that PostgreSQL spent on an action's create,
  // issue 18); the text varies only with the columns given and the caller's guard.
  const rows: Array<Record<string, unknown>> = await queryReusingPlansIn(em, sql, params.values);
  return rows.length ? hydrate<T>(metadata, plan, driver, rows[0]) : null;
}

/** The columns an update changes (those of `changes` that are stored): none, and TypeORM's save writes nothing. */
export function changedColumns(metadata: EntityMetadata, changes: AuditChanges): ColumnMetadata[] {
  return metadata.columns.filter(
    (c) => Object.hasOwn(changes, c.propertyName) && c.isUpdate && !c.isPrimary && !c.isCreateDate && !c.isUpdateDate && !c.isVersion,
  );
}

/**
 * `UPDATE … SET` the changed columns (and version + 1, updated_at now, as TypeORM's save does) `RETURNING *`, with
 * its 'update' audit event (`changes`, computed by the caller) in the same statement. The caller holds the row lock.
 */
export async function updateRow<T extends ObjectLiteral>(
  em: EntityManager,
  metadata: EntityMetadata,
  plan: Plan,
  id: number,
  patch: Partial<T>,
  audit: { actor: Actor | null; resource: string; changes: AuditChanges },
): Promise<T | null> {
  const { driver } = em.connection;
  const params = new Params();
  const sets: string[] = [];
  for (const column of changedColumns(metadata, audit.changes)) {
    sets.push(`${driver.escape(column.databaseName)} = ${params.add(driver.preparePersistentValue(column.getEntityValue(patch), column), sqlType(column, driver))}`);
  }
  for (const column of metadata.columns) {
    if (column.isVersion) sets.push(`${driver.escape(column.databaseName)} = ${driver.escape(column.databaseName)} + 1`);
    else if (column.isUpdateDate) sets.push(`${driver.escape(column.databaseName)} = CURRENT_TIMESTAMP`);
  }
  const update = `UPDATE ${plan.table} SET ${sets.join(', ')} WHERE id = ${params.add(id, 'integer')} RETURNING *`;
  const changes = params.add(JSON.stringify(audit.changes), 'jsonb');
  const sql = `WITH upd AS (${update}), audit AS (${auditInsert(params, audit.actor, audit.resource, 'update', changes, 'upd')}) SELECT * FROM upd`;
  const rows: Array<Record<string, unknown>> = await queryReusingPlansIn(em, sql, params.values);
  return rows.length ? hydrate<T>(metadata, plan, driver, rows[0]) : null;
}

/** `DELETE` the row and write its 'delete' audit event (`changes`, computed by the caller) in the same statement. */
export async function deleteRow(em: EntityManager, plan: Plan, id: number, audit: { actor: Actor | null; resource: string; changes: AuditChanges }): Promise<void> {
  const params = new Params();
  const del = `DELETE FROM ${plan.table} WHERE id = ${params.add(id, 'integer')} RETURNING id`;
  const changes = params.add(JSON.stringify(audit.changes), 'jsonb');
  await queryReusingPlansIn(em, `WITH del AS (${del}), audit AS (${auditInsert(params, audit.actor, audit.resource, 'delete', changes, 'del')}) SELECT 1 FROM del`, params.values);
}
