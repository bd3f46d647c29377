import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { Actor } from '../auth/request-user.js';
import { definedOnly, notFound, RecordWriter } from '../crud/record-writer.js';
import { bilingual } from '../errors/bilingual.js';
import { findList, type JsonListPage, type ListPage } from '../list/find-list.js';
import type { ListQuery } from '../list/list-query.js';
import type { ListSpec } from '../list/list-spec.js';
import { LaureateAccess, scopeToReadableLaureates } from './laureate-access.js';
import { oneRow } from '../list/page-rows.js';

type LaureateBound = ObjectLiteral & { id: number; version: number; laureateId: number };
/** A resource's own rule, on the record as it would be saved (and, for an update, the stored one). */
type Rule<T> = (record: T, em: EntityManager, stored?: T) => void | Promise<void>;

const READ_ONLY_RULES = new WeakSet<object>();

/** Marks a rule that only reads (and may settle values of the record): a create with it needs no transaction. */
export function readOnly<R extends Rule<never>>(rule: R): R {
  READ_ONLY_RULES.add(rule);
  return rule;
}

/**
 * The shared read and write paths of every resource that hangs off a laureate (actions, interactions,
 * objectives…): record-level scoping on every query, then the audited, versioned RecordWriter.
 */
@Injectable()
export class LaureateBoundRecords {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
    private readonly access: LaureateAccess,
  ) {}

  list<T extends LaureateBound>(target: EntityTarget<T>, spec: ListSpec<T>, query: ListQuery, actor: Actor): Promise<ListPage<T> | JsonListPage> {
    const qb = this.dataSource.getRepository(target).createQueryBuilder(spec.alias);
    scopeToReadableLaureates(qb, actor.user, `${spec.alias}.laureate_id`);
    return findList(qb, query, spec, { json: true });
  }

  async getOrFail<T extends LaureateBound>(target: EntityTarget<T>, resource: string, id: number, actor: Actor): Promise<T> {
    const qb = this.dataSource.getRepository(target).createQueryBuilder('r').where('r.id = :id', { id });
    const record = await oneRow(scopeToReadableLaureates(qb, actor.user, 'r.laureate_id'));
    if (!record) throw notFound(resource, id);
    return record;
  }

  /**
   * Within `em` when given (a larger transaction), or in a transaction of its own when the rule may write (not
   * `readOnly`): access check, rule, then the record and its audit event. Otherwise no transaction: the rule, then
   * one statement that checks the caller may write to the laureate (`LaureateAccess.writeGuard`) and writes the
   * record and its audit event. When the rule or the guard refuses, `assertCanWrite` runs, so that an access error
   * still comes before the rule's.
   */
  async create<T extends LaureateBound>(
    target: EntityTarget<T>,
    resource: string,
    values: Partial<T> & { laureateId: number },
    actor: Actor,
    rule?: Rule<Partial<T>>,
    em?: EntityManager,
  ): Promise<T> {
    const inTransaction = async (tx: EntityManager) => {
      await this.access.assertCanWrite(actor.user, values.laureateId, tx);
      await rule?.(values, tx);
      return this.writer.create(target, resource, values, actor, tx);
    };
    if (em) return inTransaction(em);
    if (rule && !READ_ONLY_RULES.has(rule)) return this.writer.transaction(inTransaction);
    try {
      await rule?.(values, this.dataSource.manager);
    } catch (refusal) {
      await this.access.assertCanWrite(actor.user, values.laureateId);
      throw refusal;
    }
    const created = await this.writer.createIf(target, resource, values, actor, this.access.writeGuard(actor.user, values.laureateId));
    if (created) return created;
    await this.access.assertCanWrite(actor.user, values.laureateId); // throws why the guard refused
    // Allowed now (the laureate changed hands meanwhile): once more, guarded again.
    const retried = await this.writer.createIf(target, resource, values, actor, this.access.writeGuard(actor.user, values.laureateId));
    if (retried) return retried;
    throw new ConflictException({ message: bilingual('Le lauréat a changé entre-temps : réessayez', 'The laureate changed in the meantime: try again') });
  }

  /** Within `em` when given (a larger transaction), else in a transaction of its own. */
  update<T extends LaureateBound>(
    target: EntityTarget<T>,
    resource: string,
    id: number,
    version: number,
    patch: Partial<T>,
    actor: Actor,
    rule?: Rule<T>,
    em?: EntityManager,
  ): Promise<T> {
    return this.writer.update(target, resource, id, version, patch, actor, {
      check: async (current, em) => {
        await this.access.assertCanWriteRecord(actor.user, current.laureateId, resource, current.id, em);
        if (patch.laureateId !== undefined && patch.laureateId !== current.laureateId) {
          await this.access.assertCanWrite(actor.user, patch.laureateId, em);
        }
        await rule?.({ ...current, ...definedOnly(patch) }, em, current);
      },
    }, em);
  }

  remove<T extends LaureateBound>(target: EntityTarget<T>, resource: string, id: number, actor: Actor, rule?: Rule<T>): Promise<T> {
    return this.writer.remove(target, resource, id, actor, {
      check: async (current, em) => {
        await this.access.assertCanWriteRecord(actor.user, current.laureateId, resource, current.id, em);
        await rule?.(current, em);
      },
    });
  }
}
