import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AuditService, diffRecords } from '../../platform/audit-events/audit.service.js';
import type { Actor } from '../auth/request-user.js';
import { bilingual } from '../errors/bilingual.js';
import { oneRow } from '../list/page-rows.js';
import { changedColumns, deleteRow, type Guard, insertRow, planOf, updateRow } from './record-sql.js';

type Identified = ObjectLiteral & { id: number; version?: number };

export interface WriteOptions<T> {
  /** Runs inside the transaction on the locked current record (access or state rules); throw to refuse. */
  check?: (current: T, em: EntityManager) => void | Promise<void>;
}

export const notFound = (resource: string, id: number | string) =>
  new NotFoundException({ message: bilingual(`${resource} ${id} introuvable`, `${resource} ${id} not found`) });

/**
 * The one write path of every resource: optimistic locking on `version`, and an audit event committed with the
 * change. The write and its audit event are one statement (`record-sql.ts`); a create is then atomic on its own,
 * an update or a delete runs in a transaction that first locks the row (`SELECT … FOR UPDATE`) for its checks.
 */
@Injectable()
export class RecordWriter {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  transaction<R>(work: (em: EntityManager) => Promise<R>): Promise<R> {
    return this.dataSource.transaction(work);
  }

  /** `afterInsert` writes what belongs with the record (join rows…) and returns it for the record and its audit event. */
  async create<T extends Identified>(
    target: EntityTarget<T>,
    resource: string,
    values: Partial<T>,
    actor: Actor,
    em?: EntityManager,
    afterInsert?: (created: T, em: EntityManager) => Promise<Partial<T>>,
  ): Promise<T> {
    const manager = em ?? this.dataSource.manager;
    const metadata = manager.connection.getMetadata(target);
    const plan = planOf(metadata, manager);
    // The record and its audit event in one statement: atomic without a transaction of its own.
    if (plan && !afterInsert) return (await insertRow<T>(manager, metadata, plan, values, { actor, resource }))!;
    const run = async (tx: EntityManager) => {
      const inserted = plan ? (await insertRow<T>(tx, metadata, plan, values, null))! : await this.saveNew(tx, target, values);
      const created = { ...inserted, ...(await afterInsert?.(inserted, tx)) };
      await this.audit.record(tx, actor, resource, created.id, 'create', diffRecords(null, created));
      return created;
    };
    return em ? run(em) : this.transaction(run);
  }

  /**
   * A create that happens only if `guard` holds, checked in the same statement (e.g. "the caller may write to this
   * laureate"): the record, or null when the guard refused it. Entities without a one-statement plan check the guard
   * first, in a transaction.
   */
  async createIf<T extends Identified>(target: EntityTarget<T>, resource: string, values: Partial<T>, actor: Actor, guard: Guard, em?: EntityManager): Promise<T | null> {
    const manager = em ?? this.dataSource.manager;
    const metadata = manager.connection.getMetadata(target);
    const plan = planOf(metadata, manager);
    if (plan) return insertRow<T>(manager, metadata, plan, values, { actor, resource }, guard);
    const run = async (tx: EntityManager) => {
      const params: unknown[] = [];
      const [{ ok }] = await tx.query(`SELECT (${guard((v, cast) => `$${params.push(v)}${cast ? `::${cast}` : ''}`)}) AS ok`, params);
      return ok ? this.create(target, resource, values, actor, tx) : null;
    };
    return em ? run(em) : this.transaction(run);
  }

  private async saveNew<T extends Identified>(tx: EntityManager, target: EntityTarget<T>, values: Partial<T>): Promise<T> {
    const saved = await tx.save(target, tx.create(target, values as T));
    return (await tx.findOneByOrFail(target, { id: saved.id } as never)) as T;
  }

  async update<T extends Identified>(
    target: EntityTarget<T>,
    resource: string,
    id: number,
    expectedVersion: number,
    patch: Partial<T>,
    actor: Actor,
    options: WriteOptions<T> = {},
    outer?: EntityManager,
  ): Promise<T> {
    const run = async (em: EntityManager) => {
      const current = await this.lock(em, target, resource, id);
      await options.check?.(current, em);
      if (current.version !== expectedVersion) {
        throw new ConflictException({
          message: bilingual(
            `Cet enregistrement a été modifié entre-temps (version ${current.version}, la vôtre ${expectedVersion}) : rechargez la page`,
            `This record was changed in the meantime (version ${current.version}, yours ${expectedVersion}): reload the page`,
          ),
          currentVersion: current.version,
        });
      }
      const before = { ...current };
      const changes = diffRecords(before, { ...current, ...definedOnly(patch) });
      if (Object.keys(changes).length === 0) return current;
      const metadata = em.connection.getMetadata(target);
      const plan = planOf(metadata, em);
      // The change and its audit event in one statement, on the row locked above (when a column changes: otherwise,
      // as TypeORM's save, no UPDATE and no new version, but the event all the same).
      if (plan && changedColumns(metadata, changes).length > 0) return (await updateRow<T>(em, metadata, plan, id, definedOnly(patch), { actor, resource, changes }))!;
      await em.save(target, em.merge(target, current, definedOnly(patch) as never));
      const updated = (await em.findOneByOrFail(target, { id } as never)) as T;
      await this.audit.record(em, actor, resource, id, 'update', changes);
      return updated;
    };
    return outer ? run(outer) : this.transaction(run);
  }

  async remove<T extends Identified>(
    target: EntityTarget<T>,
    resource: string,
    id: number,
    actor: Actor,
    options: WriteOptions<T> = {},
    outer?: EntityManager,
  ): Promise<T> {
    const run = async (em: EntityManager) => {
      const current = await this.lock(em, target, resource, id);
      await options.check?.(current, em);
      const plan = planOf(em.connection.getMetadata(target), em);
      if (plan) await deleteRow(em, plan, id, { actor, resource, changes: diffRecords(current, null) });
      else {
        await em.delete(target, id);
        await this.audit.record(em, actor, resource, id, 'delete', diffRecords(current, null));
      }
      return current;
    };
    return outer ? run(outer) : this.transaction(run);
  }

  /** The row, locked until the transaction ends; its text prepared on the transaction's connection (`oneRow`). */
  private async lock<T extends Identified>(em: EntityManager, target: EntityTarget<T>, resource: string, id: number): Promise<T> {
    const current = await oneRow(em.getRepository(target).createQueryBuilder('record').where('record.id = :id', { id }).setLock('pessimistic_write'));
    if (!current) throw notFound(resource, id);
    return current;
  }
}

/** The fields a partial update actually sets. */
export function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
