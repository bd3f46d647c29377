import { ConflictException, Injectable } from '@nestjs/common';
import { AuditService } from '../../platform/audit-events/audit.service.js';
import type { Actor } from '../../common/auth/request-user.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { LaureateBoundRecords } from '../../common/scope/laureate-bound-records.js';
import { paidOnGrant } from '../disbursements/disbursements.service.js';
import type { CreateGrantDto, UpdateGrantDto } from './dto/grant.dto.js';
import { assertWithinEnvelope } from './funding-envelope.js';
import { Grant } from './grant.entity.js';
import { grantListSpec } from './grants.list-spec.js';

@Injectable()
export class GrantsService {
  constructor(
    private readonly records: LaureateBoundRecords,
    private readonly audit: AuditService,
  ) {}

  list(query: ListQuery, actor: Actor) {
    return this.records.list(Grant, grantListSpec, query, actor);
  }

  getOrFail(id: number, actor: Actor) {
    return this.records.getOrFail(Grant, 'grants', id, actor);
  }

  create(dto: CreateGrantDto, actor: Actor) {
    const { overrideEnvelope = false, ...values } = dto;
    return this.records.create(Grant, 'grants', values, actor, (grant, em) =>
      assertWithinEnvelope(em, this.audit, actor, grant.laureateId!, grant.amount!, null, overrideEnvelope),
    );
  }

  update(id: number, dto: UpdateGrantDto, actor: Actor) {
    const { version, patch } = splitVersion(dto);
    const { overrideEnvelope = false, ...values } = patch;
    return this.records.update(Grant, 'grants', id, version, values, actor, async (merged, em, stored) => {
      if (merged.amount !== stored!.amount || merged.laureateId !== stored!.laureateId) {
        const paid = await paidOnGrant(em, id);
        if (merged.amount < paid) {
          throw new ConflictException({
            message: bilingual(`Montant inférieur aux versements déjà effectués (${paid} €)`, `Amount below what has already been paid out (€${paid})`),
            errors: { amount: bilingual(`Au moins ${paid} €`, `At least €${paid}`) },
            paid,
          });
        }
        await assertWithinEnvelope(em, this.audit, actor, merged.laureateId, merged.amount, id, overrideEnvelope);
      }
    });
  }

  remove(id: number, actor: Actor) {
    return this.records.remove(Grant, 'grants', id, actor);
  }
}
