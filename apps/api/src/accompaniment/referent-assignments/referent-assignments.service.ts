import type { EntityManager } from 'typeorm';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import { LaureateBoundCrud } from '../../common/scope/laureate-bound-crud.js';
import type { CreateReferentAssignmentDto, UpdateReferentAssignmentDto } from './dto/referent-assignment.dto.js';
import { ReferentAssignment } from './referent-assignment.entity.js';
import { referentAssignmentListSpec } from './referent-assignments.list-spec.js';

async function assertIsReferent(assignment: Partial<ReferentAssignment>, em: EntityManager): Promise<void> {
  const [user] = await em.query(`SELECT roles FROM users WHERE id = $1`, [assignment.userId]);
  if (!user?.roles.includes('referent')) throw invalidField('userId', bilingual("Cette personne n'a pas le rôle de référent", 'This person does not have the referent role'));
}

/** One interministerial referent per laureate and any number of ministerial ones (unique index → 409). */
export class ReferentAssignmentsService extends LaureateBoundCrud<ReferentAssignment, CreateReferentAssignmentDto, UpdateReferentAssignmentDto>(
  ReferentAssignment,
  'referent-assignments',
  referentAssignmentListSpec,
  assertIsReferent,
) {}
