import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/request-user.js';
import { notFound, RecordWriter } from '../../../common/crud/record-writer.js';
import { splitVersion } from '../../../common/crud/version.dto.js';
import { findList } from '../../../common/list/find-list.js';
import type { ListQuery } from '../../../common/list/list-query.js';
import type { CreateSelfRegistrationDomainDto, UpdateSelfRegistrationDomainDto } from './dto/self-registration-domain.dto.js';
import { SelfRegistrationDomain } from './self-registration-domain.entity.js';
import { selfRegistrationDomainListSpec } from './self-registration-domains.list-spec.js';

const RESOURCE = 'self-registration-domains';

@Injectable()
export class SelfRegistrationDomainsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  list(query: ListQuery) {
    return findList(this.dataSource.getRepository(SelfRegistrationDomain).createQueryBuilder('d'), query, selfRegistrationDomainListSpec);
  }

  async getOrFail(id: number): Promise<SelfRegistrationDomain> {
    const domain = await this.dataSource.getRepository(SelfRegistrationDomain).findOneBy({ id });
    if (!domain) throw notFound(RESOURCE, id);
    return domain;
  }

  create(dto: CreateSelfRegistrationDomainDto, actor: Actor): Promise<SelfRegistrationDomain> {
    return this.writer.create(SelfRegistrationDomain, RESOURCE, dto, actor);
  }

  update(id: number, dto: UpdateSelfRegistrationDomainDto, actor: Actor): Promise<SelfRegistrationDomain> {
    const { version, patch } = splitVersion(dto);
    return this.writer.update(SelfRegistrationDomain, RESOURCE, id, version, patch, actor);
  }

  remove(id: number, actor: Actor): Promise<SelfRegistrationDomain> {
    return this.writer.remove(SelfRegistrationDomain, RESOURCE, id, actor);
  }
}
