import type { EntityManager } from 'typeorm';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import { LaureateBoundCrud } from '../../common/scope/laureate-bound-crud.js';
import { Commitment } from './commitment.entity.js';
import { commitmentListSpec } from './commitments.list-spec.js';
import type { CreateCommitmentDto, UpdateCommitmentDto } from './dto/commitment.dto.js';

async function assertEngagementCommittee(commitment: Partial<Commitment>, em: EntityManager): Promise<void> {
  if (!commitment.committeeId) return;
  const [committee] = await em.query(`SELECT kind FROM committees WHERE id = $1`, [commitment.committeeId]);
  if (committee?.kind !== 'engagement') throw invalidField('committeeId', bilingual("Les engagements se prennent en comité d'engagement", 'Commitments are made in an engagement committee'));
}

export class CommitmentsService extends LaureateBoundCrud<Commitment, CreateCommitmentDto, UpdateCommitmentDto>(
  Commitment,
  'commitments',
  commitmentListSpec,
  assertEngagementCommittee,
) {}
