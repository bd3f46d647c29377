import { Injectable } from '@nestjs/common';
import type { Actor } from '../common/auth/request-user.js';
import { splitVersion } from '../common/crud/version.dto.js';
import type { ListQuery } from '../common/list/list-query.js';
import { LaureateBoundRecords } from '../common/scope/laureate-bound-records.js';
import type { CreatePartnershipDto, UpdatePartnershipDto } from './dto/partnership.dto.js';
import { Partnership } from './partnership.entity.js';
import { partnershipListSpec } from './partnerships.list-spec.js';

@Injectable()
export class PartnershipsService {
  constructor(private readonly records: LaureateBoundRecords) {}

  list(query: ListQuery, actor: Actor) {
    return this.records.list(Partnership, partnershipListSpec, query, actor);
  }

  getOrFail(id: number, actor: Actor) {
    return this.records.getOrFail(Partnership, 'partnerships', id, actor);
  }

  create(dto: CreatePartnershipDto, actor: Actor) {
    return this.records.create(Partnership, 'partnerships', dto, actor);
  }

  update(id: number, dto: UpdatePartnershipDto, actor: Actor) {
    const { version, patch } = splitVersion(dto);
    return this.records.update(Partnership, 'partnerships', id, version, patch, actor);
  }

  remove(id: number, actor: Actor) {
    return this.records.remove(Partnership, 'partnerships', id, actor);
  }
}
