import type { EntityManager } from 'typeorm';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import { LaureateBoundCrud } from '../../common/scope/laureate-bound-crud.js';
import type { CreateObjectiveDto, UpdateObjectiveDto } from './dto/objective.dto.js';
import { Objective } from './objective.entity.js';
import { objectiveListSpec } from './objectives.list-spec.js';

async function assertDiagnosticOfSameLaureate(objective: Partial<Objective>, em: EntityManager): Promise<void> {
  if (!objective.diagnosticId) return;
  const [diagnostic] = await em.query(`SELECT laureate_id FROM diagnostics WHERE id = $1`, [objective.diagnosticId]);
  if (!diagnostic || diagnostic.laureate_id !== objective.laureateId) {
    throw invalidField('diagnosticId', bilingual("Ce diagnostic n'est pas celui de ce lauréat", 'This diagnostic does not belong to this laureate'));
  }
}

export class ObjectivesService extends LaureateBoundCrud<Objective, CreateObjectiveDto, UpdateObjectiveDto>(
  Objective,
  'objectives',
  objectiveListSpec,
  assertDiagnosticOfSameLaureate,
) {}
