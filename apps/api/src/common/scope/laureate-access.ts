import { ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { hasRole, type RequestUser } from '../auth/request-user.js';
import { notFound } from '../crud/record-writer.js';
import type { Guard } from '../crud/record-sql.js';
import { bilingual } from '../errors/bilingual.js';
import { invalidField } from '../errors/validation-errors.js';
import { queryReusingPlansIn } from '../sql/prepared.js';

/**
 * Record-level access to laureates and everything that hangs off them, written once:
 * - admin, programme lead: read and write all;
 * - acceleration manager: read all, write the laureates they manage;
 * - referent: read the laureates they are assigned to (others do not exist for them), write nothing.
 */
export const readsAllLaureates = (user: RequestUser) => hasRole(user, 'admin', 'programme_lead', 'acceleration_manager');
export const writesAllLaureates = (user: RequestUser) => hasRole(user, 'admin', 'programme_lead');

/** SQL condition "the caller may read laureate `laureateIdExpression`", or null when they read them all. */
export function laureateReadCondition(user: RequestUser, laureateIdExpression: string): string | null {
  if (readsAllLaureates(user)) return null;
  if (hasRole(user, 'referent')) {
    return `${laureateIdExpression} IN (SELECT ra.laureate_id FROM referent_assignments ra WHERE ra.user_id = ${Number(user.id)})`;
  }
  return 'false';
}

/** Narrows any query to what the caller may read, lists and totals alike. */
export function scopeToReadableLaureates<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, user: RequestUser, laureateIdExpression: string): SelectQueryBuilder<T> {
  const condition = laureateReadCondition(user, laureateIdExpression);
  return condition ? qb.andWhere(condition) : qb;
}

@Injectable()
export class LaureateAccess {
  constructor(private readonly dataSource: DataSource) {}

  async canRead(user: RequestUser, laureateId: number, em: EntityManager = this.dataSource.manager): Promise<boolean> {
    return (await this.laureateFor(user, laureateId, em))?.readable === true;
  }

  /**
   * Before writing something that hangs off `laureateId`: a laureate the caller cannot see is reported as a
   * missing reference (its existence is not leaked); one they see but do not manage answers 403.
   */
  async assertCanWrite(user: RequestUser, laureateId: number, em: EntityManager = this.dataSource.manager, field = 'laureateId'): Promise<void> {
    assertWrites(user, await this.laureateFor(user, laureateId, em), field);
  }

  /**
   * What `assertCanWrite` allows, as an SQL condition checked by the write itself (`RecordWriter.createIf`): one
   * statement instead of a query then a write. When it refuses, `assertCanWrite` says why.
   */
  writeGuard(user: RequestUser, laureateId: number): Guard {
    if (writesAllLaureates(user)) return (p) => `EXISTS (SELECT 1 FROM laureates WHERE id = ${p(laureateId, 'integer')})`;
    if (readsAllLaureates(user) && hasRole(user, 'acceleration_manager')) {
      return (p) => `EXISTS (SELECT 1 FROM laureates WHERE id = ${p(laureateId, 'integer')} AND acceleration_manager_id = ${p(user.id, 'integer')})`;
    }
    return () => 'false';
  }

  /** Before changing a stored record of laureate `laureateId`: one the caller cannot read does not exist for them (404). */
  async assertCanWriteRecord(user: RequestUser, laureateId: number, resource: string, recordId: number, em: EntityManager = this.dataSource.manager): Promise<void> {
    const laureate = await this.laureateFor(user, laureateId, em);
    if (!laureate?.readable) throw notFound(resource, recordId);
    assertWrites(user, laureate);
  }

  /**
   * The laureate's acceleration manager and whether the caller may read it (null: no such laureate), in one statement
   * prepared once per connection (a write asked twice, each parsed and planned).
   */
  private async laureateFor(user: RequestUser, laureateId: number, em: EntityManager): Promise<LaureateForCaller | null> {
    const readable = laureateReadCondition(user, 'l.id') ?? 'true';
    const [row] = await queryReusingPlansIn<LaureateForCaller>(em, `SELECT l.acceleration_manager_id AS "managerId", ${readable} AS readable FROM laureates l WHERE l.id = $1`, [laureateId]);
    return row ?? null;
  }
}

interface LaureateForCaller {
  managerId: number | null;
  readable: boolean;
}

/** What `assertCanWrite` checks, given the laureate as the caller sees it. */
function assertWrites(user: RequestUser, laureate: LaureateForCaller | null, field = 'laureateId'): void {
  if (!laureate?.readable) throw invalidField(field, bilingual('Lauréat introuvable', 'Laureate not found'));
  if (writesAllLaureates(user)) return;
  if (hasRole(user, 'acceleration_manager') && laureate.managerId === user.id) return;
  throw new ForbiddenException({
    message: bilingual("Seul le chargé d'accélération de ce lauréat ou un pilote du programme peut le modifier", "Only this laureate's acceleration manager or a programme lead can change it"),
  });
}
