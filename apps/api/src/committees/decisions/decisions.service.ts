import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../../platform/audit-events/audit.service.js';
import type { Actor } from '../../common/auth/request-user.js';
import { RecordWriter } from '../../common/crud/record-writer.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { LaureateBoundRecords } from '../../common/scope/laureate-bound-records.js';
import { assertCommitteeOpen } from '../committees/assert-open.js';
import { assertWithinEnvelope } from '../../funding/grants/funding-envelope.js';
import { Grant } from '../../funding/grants/grant.entity.js';
import { Decision } from './decision.entity.js';
import { decisionListSpec } from './decisions.list-spec.js';
import type { CreateDecisionDto, UpdateDecisionDto } from './dto/decision.dto.js';

/**
 * One decision per laureate on a committee's agenda (409 otherwise); a closed committee's decisions are frozen.
 * Funding granted by a decision lives in a grant linked to it, so that the season's totals have one source.
 */
@Injectable()
export class DecisionsService {
  constructor(
    private readonly records: LaureateBoundRecords,
    private readonly writer: RecordWriter,
    private readonly audit: AuditService,
  ) {}

  list(query: ListQuery, actor: Actor) {
    return this.records.list(Decision, decisionListSpec, query, actor);
  }

  getOrFail(id: number, actor: Actor) {
    return this.records.getOrFail(Decision, 'decisions', id, actor);
  }

  create(dto: CreateDecisionDto, actor: Actor) {
    const { overrideEnvelope = false, decidedAt, ...values } = dto;
    return this.writer.transaction(async (em) => {
      const decision = await this.records.create(
        Decision,
        'decisions',
        { ...values, fundingGranted: values.fundingGranted ?? 0, decidedAt: decidedAt ? new Date(decidedAt) : new Date(), decidedById: actor.user.id },
        actor,
        async (d, tx) => {
          await assertCommitteeOpen(tx, d.committeeId!);
          await assertOnAgenda(tx, d.committeeId!, d.laureateId!);
          await assertNotDecided(tx, d.committeeId!, d.laureateId!);
        },
        em,
      );
      await this.syncGrant(em, decision, overrideEnvelope, actor);
      return decision;
    });
  }

  update(id: number, dto: UpdateDecisionDto, actor: Actor) {
    const { version, patch } = splitVersion(dto);
    const { overrideEnvelope = false, decidedAt, ...values } = patch;
    return this.writer.transaction(async (em) => {
      const decision = await this.records.update(
        Decision,
        'decisions',
        id,
        version,
        { ...values, decidedAt: decidedAt ? new Date(decidedAt) : undefined },
        actor,
        async (merged, tx, stored) => {
          await assertCommitteeOpen(tx, stored!.committeeId);
          if (merged.committeeId !== stored!.committeeId || merged.laureateId !== stored!.laureateId) {
            throw new ConflictException({
              message: bilingual(
                'Une décision reste attachée à son comité et à son lauréat : supprimez-la et recréez-la',
                'A decision stays attached to its committee and laureate: delete it and create it again',
              ),
            });
          }
        },
        em,
      );
      await this.syncGrant(em, decision, overrideEnvelope, actor);
      return decision;
    });
  }

  remove(id: number, actor: Actor) {
    return this.records.remove(Decision, 'decisions', id, actor, async (stored, em) => {
      await assertCommitteeOpen(em, stored.committeeId);
      await this.syncGrant(em, { ...stored, fundingGranted: 0 }, false, actor);
    });
  }

  /** Creates, resizes or withdraws the proposed grant that carries the decision's funding. */
  private async syncGrant(em: EntityManager, decision: Decision, override: boolean, actor: Actor): Promise<void> {
    const [grant] = await em.find(Grant, { where: { decisionId: decision.id } });
    const amount = decision.fundingGranted;
    if (grant && grant.amount === amount) return;
    if (grant && grant.status !== 'proposed') {
      throw new ConflictException({
        message: bilingual(
          'La subvention de cette décision est déjà conventionnée : modifiez la subvention elle-même',
          "This decision's grant already has a signed agreement: change the grant itself",
        ),
      });
    }
    if (amount > 0) await assertWithinEnvelope(em, this.audit, actor, decision.laureateId, amount, grant?.id ?? null, override);
    if (!grant && amount > 0) {
      await this.writer.create(Grant, 'grants', { laureateId: decision.laureateId, decisionId: decision.id, amount, purpose: 'other', status: 'proposed' }, actor, em);
    } else if (grant && amount > 0) {
      await this.writer.update(Grant, 'grants', grant.id, grant.version, { amount }, actor, {}, em);
    } else if (grant) {
      await this.writer.remove(Grant, 'grants', grant.id, actor, {}, em);
    }
  }
}

async function assertOnAgenda(em: EntityManager, committeeId: number, laureateId: number): Promise<void> {
  const rows = await em.query(`SELECT 1 FROM agenda_items WHERE committee_id = $1 AND laureate_id = $2`, [committeeId, laureateId]);
  if (rows.length === 0) {
    throw new ConflictException({
      message: bilingual("Ce lauréat n'est pas à l'ordre du jour de ce comité", "This laureate is not on this committee's agenda"),
      errors: { laureateId: bilingual("Pas à l'ordre du jour", 'Not on the agenda') },
    });
  }
}

async function assertNotDecided(em: EntityManager, committeeId: number, laureateId: number): Promise<void> {
  const rows = await em.query(`SELECT 1 FROM decisions WHERE committee_id = $1 AND laureate_id = $2`, [committeeId, laureateId]);
  if (rows.length > 0) {
    throw new ConflictException({
      message: bilingual('Ce comité a déjà rendu une décision pour ce lauréat', 'This committee has already made a decision for this laureate'),
      errors: { laureateId: bilingual('Décision déjà rendue', 'Decision already made') },
    });
  }
}
