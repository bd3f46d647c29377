import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import { findList } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { Organisation } from './organisation.entity.js';
import { organisationListSpec } from './organisations.list-spec.js';
import type { CreateOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto.js';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  list(query: ListQuery) {
    return findList(this.dataSource.getRepository(Organisation).createQueryBuilder('org'), query, organisationListSpec);
  }

  async getOrFail(id: number): Promise<Organisation> {
    const organisation = await this.dataSource.getRepository(Organisation).findOneBy({ id });
    if (!organisation) throw notFound('organisations', id);
    return organisation;
  }

  create(dto: CreateOrganisationDto, actor: Actor): Promise<Organisation> {
    return this.writer.create(Organisation, 'organisations', dto, actor);
  }

  update(id: number, dto: UpdateOrganisationDto, actor: Actor): Promise<Organisation> {
    const { version, patch } = splitVersion(dto);
    return this.writer.update(Organisation, 'organisations', id, version, patch, actor, {
      check: (_, em) => (patch.parentId ? assertNotDescendant(em, id, patch.parentId) : undefined),
    });
  }

  remove(id: number, actor: Actor): Promise<Organisation> {
    return this.writer.remove(Organisation, 'organisations', id, actor);
  }
}

/** A directorate cannot sit under itself or one of its own sub-organisations. */
async function assertNotDescendant(em: EntityManager, id: number, parentId: number): Promise<void> {
  const [{ cycle }] = await em.query(
    `WITH RECURSIVE chain(id, parent_id) AS (
       SELECT id, parent_id FROM organisations WHERE id = $1
       UNION SELECT o.id, o.parent_id FROM organisations o JOIN chain c ON o.id = c.parent_id)
     SELECT EXISTS (SELECT 1 FROM chain WHERE id = $2) AS cycle`,
    [parentId, id],
  );
  if (cycle) throw invalidField('parentId', bilingual('Une organisation ne peut pas dépendre d’elle-même ni d’une de ses sous-organisations', 'An organisation cannot depend on itself or on one of its sub-organisations'));
}
