import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/request-user.js';
import { splitVersion } from '../common/crud/version.dto.js';
import { invalidField } from '../common/errors/validation-errors.js';
import type { ListQuery } from '../common/list/list-query.js';
import { LaureateBoundRecords } from '../common/scope/laureate-bound-records.js';
import type { CreateReferentAssignmentDto, UpdateReferentAssignmentDto } from './dto/referent-assignment.dto.js';
import { ReferentAssignment } from './referent-assignment.entity.js';
import { referentAssignmentListSpec } from './referent-assignments.list-spec.js';

/** One interministerial referent per laureate and any number of ministerial ones (unique index → 409). */
@Injectable()
export class ReferentAssignmentsService {
  constructor(private readonly records: LaureateBoundRecords) {}

  list(query: ListQuery, actor: Actor) {
    return this.records.list(ReferentAssignment, referentAssignmentListSpec, query, actor);
  }

  getOrFail(id: number, actor: Actor) {
    return this.records.getOrFail(ReferentAssignment, 'referent-assignments', id, actor);
  }

  create(dto: CreateReferentAssignmentDto, actor: Actor) {
    return this.records.create(ReferentAssignment, 'referent-assignments', dto, actor, assertIsReferent);
  }

  update(id: number, dto: UpdateReferentAssignmentDto, actor: Actor) {
    const { version, patch } = splitVersion(dto);
    return this.records.update(ReferentAssignment, 'referent-assignments', id, version, patch, actor, assertIsReferent);
  }

  remove(id: number, actor: Actor) {
    return this.records.remove(ReferentAssignment, 'referent-assignments', id, actor);
  }
}

async function assertIsReferent(assignment: Partial<ReferentAssignment>, em: EntityManager): Promise<void> {
  const [user] = await em.query(`SELECT roles FROM users WHERE id = $1`, [assignment.userId]);
  if (!user?.roles.includes('referent')) throw invalidField('userId', "Cette personne n'a pas le rôle de référent");
}
