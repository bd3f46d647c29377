import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/request-user.js';
import { splitVersion } from '../common/crud/version.dto.js';
import { invalidField } from '../common/errors/validation-errors.js';
import type { ListQuery } from '../common/list/list-query.js';
import { LaureateBoundRecords } from '../common/scope/laureate-bound-records.js';
import type { CreateObjectiveDto, UpdateObjectiveDto } from './dto/objective.dto.js';
import { Objective } from './objective.entity.js';
import { objectiveListSpec } from './objectives.list-spec.js';

@Injectable()
export class ObjectivesService {
  constructor(private readonly records: LaureateBoundRecords) {}

  list(query: ListQuery, actor: Actor) {
    return this.records.list(Objective, objectiveListSpec, query, actor);
  }

  getOrFail(id: number, actor: Actor) {
    return this.records.getOrFail(Objective, 'objectives', id, actor);
  }

  create(dto: CreateObjectiveDto, actor: Actor) {
    return this.records.create(Objective, 'objectives', dto, actor, assertDiagnosticOfSameLaureate);
  }

  update(id: number, dto: UpdateObjectiveDto, actor: Actor) {
    const { version, patch } = splitVersion(dto);
    return this.records.update(Objective, 'objectives', id, version, patch, actor, assertDiagnosticOfSameLaureate);
  }

  remove(id: number, actor: Actor) {
    return this.records.remove(Objective, 'objectives', id, actor);
  }
}

async function assertDiagnosticOfSameLaureate(objective: Partial<Objective>, em: EntityManager): Promise<void> {
  if (!objective.diagnosticId) return;
  const [diagnostic] = await em.query(`SELECT laureate_id FROM diagnostics WHERE id = $1`, [objective.diagnosticId]);
  if (!diagnostic || diagnostic.laureate_id !== objective.laureateId) {
    throw invalidField('diagnosticId', "Ce diagnostic n'est pas celui de ce lauréat");
  }
}
