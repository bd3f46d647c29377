import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../common/auth/request-user.js';
import { splitVersion } from '../common/crud/version.dto.js';
import { invalidField } from '../common/errors/validation-errors.js';
import type { ListQuery } from '../common/list/list-query.js';
import { LaureateBoundRecords } from '../common/scope/laureate-bound-records.js';
import { Commitment } from './commitment.entity.js';
import { commitmentListSpec } from './commitments.list-spec.js';
import type { CreateCommitmentDto, UpdateCommitmentDto } from './dto/commitment.dto.js';

@Injectable()
export class CommitmentsService {
  constructor(private readonly records: LaureateBoundRecords) {}

  list(query: ListQuery, actor: Actor) {
    return this.records.list(Commitment, commitmentListSpec, query, actor);
  }

  getOrFail(id: number, actor: Actor) {
    return this.records.getOrFail(Commitment, 'commitments', id, actor);
  }

  create(dto: CreateCommitmentDto, actor: Actor) {
    return this.records.create(Commitment, 'commitments', dto, actor, assertEngagementCommittee);
  }

  update(id: number, dto: UpdateCommitmentDto, actor: Actor) {
    const { version, patch } = splitVersion(dto);
    return this.records.update(Commitment, 'commitments', id, version, patch, actor, assertEngagementCommittee);
  }

  remove(id: number, actor: Actor) {
    return this.records.remove(Commitment, 'commitments', id, actor);
  }
}

async function assertEngagementCommittee(commitment: Partial<Commitment>, em: EntityManager): Promise<void> {
  if (!commitment.committeeId) return;
  const [committee] = await em.query(`SELECT kind FROM committees WHERE id = $1`, [commitment.committeeId]);
  if (committee?.kind !== 'engagement') throw invalidField('committeeId', "Les engagements se prennent en comité d'engagement");
}
