import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { definedOnly, notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import { findList } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { Season } from './season.entity.js';
import { seasonListSpec } from './seasons.list-spec.js';
import type { CreateSeasonDto, UpdateSeasonDto } from './dto/season.dto.js';

@Injectable()
export class SeasonsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  list(query: ListQuery) {
    return findList(this.dataSource.getRepository(Season).createQueryBuilder('season'), query, seasonListSpec);
  }

  async getOrFail(id: number): Promise<Season> {
    const season = await this.dataSource.getRepository(Season).findOneBy({ id });
    if (!season) throw notFound('seasons', id);
    return season;
  }

  create(dto: CreateSeasonDto, actor: Actor): Promise<Season> {
    assertDatesInOrder(dto);
    return this.writer.create(Season, 'seasons', dto, actor);
  }

  update(id: number, dto: UpdateSeasonDto, actor: Actor): Promise<Season> {
    const { version, patch } = splitVersion(dto);
    return this.writer.update(Season, 'seasons', id, version, patch, actor, {
      check: (current) => assertDatesInOrder({ ...current, ...definedOnly(patch) }),
    });
  }

  remove(id: number, actor: Actor): Promise<Season> {
    return this.writer.remove(Season, 'seasons', id, actor);
  }
}

type SeasonDates = Pick<Season, 'callOpensOn' | 'callClosesOn' | 'accompanimentStartsOn' | 'accompanimentEndsOn'>;

function assertDatesInOrder(s: Partial<SeasonDates>): void {
  if (s.callOpensOn && s.callClosesOn && s.callClosesOn < s.callOpensOn) {
    throw invalidField('callClosesOn', bilingual("L'appel ne peut pas fermer avant d'ouvrir", 'The call cannot close before it opens'));
  }
  if (s.accompanimentStartsOn && s.accompanimentEndsOn && s.accompanimentEndsOn < s.accompanimentStartsOn) {
    throw invalidField('accompanimentEndsOn', bilingual("L'accompagnement ne peut pas finir avant de commencer", 'The accompaniment cannot end before it starts'));
  }
}
