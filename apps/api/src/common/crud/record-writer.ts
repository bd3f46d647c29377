import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { AuditService, diffRecords } from '../../platform/audit-events/audit.service.js';
import type { Actor } from '../auth/request-user.js';
import { bilingual } from '../errors/bilingual.js';

type Identified = ObjectLiteral & { id: number; version?: number };

export interface WriteOptions<T> {
  /** Runs inside the transaction on the locked current record (access or state rules); throw to refuse. */
  check?: (current: T, em: EntityManager) => void | Promise<void>;
}

export const notFound = (resource: string, id: number | string) =>
  new NotFoundException({ message: bilingual(`${resource} ${id} introuvable`, `${resource} ${id} not found`) });

/**
 * The one write path of every resource: a transaction, optimistic locking on `version`,
 * and an audit event committed with the change.
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
    const run = async (tx: EntityManager) => {
      const saved = await tx.save(target, tx.create(target, values as T));
      const inserted = (await tx.findOneByOrFail(target, { id: saved.id } as never)) as T;
      const created = { ...inserted, ...(await afterInsert?.(inserted, tx)) };
      await this.audit.record(tx, actor, resource, created.id, 'create', diffRecords(null, created));
      return created;
    };
    return em ? run(em) : this.transaction(run);
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
      await em.delete(target, id);
      await this.audit.record(em, actor, resource, id, 'delete', diffRecords(current, null));
      return current;
    };
    return outer ? run(outer) : this.transaction(run);
  }

  private async lock<T extends Identified>(em: EntityManager, target: EntityTarget<T>, resource: string, id: number): Promise<T> {
    const current = await em.findOne(target, { where: { id } as never, lock: { mode: 'pessimistic_write' } });
    if (!current) throw notFound(resource, id);
    return current;
  }
}

/** The fields a partial update actually sets. */
export function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
