import { Injectable, type Type } from '@nestjs/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from '../auth/request-user.js';
import type { CrudService } from '../crud/crud-controller.js';
import { splitVersion, type VersionedUpdateDto } from '../crud/version.dto.js';
import type { ListQuery } from '../list/list-query.js';
import type { ListSpec } from '../list/list-spec.js';
import { LaureateBoundRecords, readOnly } from './laureate-bound-records.js';

type LaureateBound = ObjectLiteral & { id: number; version: number; laureateId: number };

/**
 * The service of a resource that hangs off a laureate and adds at most one rule of its own
 * (checked on the record as it would be saved, on create and update). The rule only reads (it may settle values of
 * the record): a create is then one statement, without a transaction.
 */
export function LaureateBoundCrud<T extends LaureateBound, C extends object, U extends VersionedUpdateDto>(
  target: EntityTarget<T>,
  resource: string,
  spec: ListSpec<T>,
  rule?: (record: Partial<T>, em: EntityManager) => Promise<void>,
): Type<CrudService<T, C, U>> {
  if (rule) readOnly(rule);
  @Injectable()
  class LaureateBoundService implements CrudService<T, C, U> {
    constructor(readonly records: LaureateBoundRecords) {}

    list(query: ListQuery, actor: Actor) {
      return this.records.list(target, spec, query, actor);
    }

    getOrFail(id: number, actor: Actor) {
      return this.records.getOrFail(target, resource, id, actor);
    }

    create(dto: C, actor: Actor) {
      return this.records.create(target, resource, { ...dto } as unknown as Partial<T> & { laureateId: number }, actor, rule);
    }

    update(id: number, dto: U, actor: Actor) {
      const { version, patch } = splitVersion(dto);
      return this.records.update(target, resource, id, version, patch as unknown as Partial<T>, actor, rule);
    }

    remove(id: number, actor: Actor) {
      return this.records.remove(target, resource, id, actor);
    }
  }
  return LaureateBoundService;
}
