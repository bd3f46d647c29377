import { CRITERIA, PANELS } from '@aic/domain';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { definedOnly, notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import { findList } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { Call } from './call.entity.js';
import { callListSpec } from './calls.list-spec.js';
import type { CreateCallDto, UpdateCallDto } from './dto/call.dto.js';

/** Staff and evaluators read calls; programme leads run them. */
@Injectable()
export class CallsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  list(query: ListQuery) {
    return findList(this.dataSource.getRepository(Call).createQueryBuilder('call'), query, callListSpec);
  }

  async getOrFail(id: number): Promise<Call> {
    const call = await this.dataSource.getRepository(Call).findOneBy({ id });
    if (!call) throw notFound('calls', id);
    return call;
  }

  create(dto: CreateCallDto, actor: Actor): Promise<Call> {
    assertConsistent(dto);
    return this.writer.create(Call, 'calls', dto, actor);
  }

  update(id: number, dto: UpdateCallDto, actor: Actor): Promise<Call> {
    const { version, patch } = splitVersion(dto);
    return this.writer.update(Call, 'calls', id, version, patch, actor, {
      check: async (current, em) => {
        assertConsistent({ ...current, ...definedOnly(patch) });
        // Its applications carry the call's season (composite key): a call with applications stays in its season.
        if (patch.seasonId !== undefined && patch.seasonId !== current.seasonId) {
          const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM applications WHERE call_id = $1`, [id]);
          if (n > 0) throw invalidField('seasonId', bilingual(`Cet appel a déjà ${n} candidature(s) : sa saison ne change plus`, `This call already has ${n} application(s): its season cannot change`));
        }
      },
    });
  }

  remove(id: number, actor: Actor): Promise<Call> {
    return this.writer.remove(Call, 'calls', id, actor);
  }
}

type Weights = Partial<Record<`${(typeof CRITERIA)[number] | (typeof PANELS)[number]}Weight`, number>>;

function assertConsistent(c: Weights & { opensOn?: string | null; closesOn?: string | null }): void {
  if (c.opensOn && c.closesOn && c.closesOn < c.opensOn) {
    throw invalidField('closesOn', bilingual("L'appel ne peut pas fermer avant d'ouvrir", 'The call cannot close before it opens'));
  }
  // Unset weights default to 1 in the database.
  if (CRITERIA.every((k) => (c[`${k}Weight`] ?? 1) === 0)) {
    throw invalidField('generalInterestWeight', bilingual('Au moins un critère doit peser dans le classement', 'At least one criterion must count in the ranking'));
  }
  if (PANELS.every((p) => (c[`${p}Weight`] ?? 1) === 0)) {
    throw invalidField('juryWeight', bilingual('Au moins un collège doit peser dans le classement', 'At least one panel must count in the ranking'));
  }
}
