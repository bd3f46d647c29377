import { CRITERIA } from '@aic/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { definedOnly, notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { findList } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { runsSelection } from '../applications/application-access.js';
import type { CreateEvaluationDto, UpdateEvaluationDto } from './dto/evaluation.dto.js';
import { Evaluation } from './evaluation.entity.js';
import { alreadySubmitted, evaluationClosed, settle } from './evaluation-rules.js';
import { evaluationListSpec } from './evaluations.list-spec.js';
import { oneRow } from '../../common/list/page-rows.js';

/** What `settle` may change on an update. */
const SETTLED_FIELDS = [...CRITERIA, 'submittedAt'] as const;

/**
 * Blind scoring: an evaluator reads and writes only their own evaluations (anyone else's does not exist for them);
 * programme leads read them all and may delete one, never write a score.
 */
@Injectable()
export class EvaluationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  private scoped(actor: Actor) {
    const qb = this.dataSource.getRepository(Evaluation).createQueryBuilder('ev');
    return runsSelection(actor.user) ? qb : qb.andWhere('ev.evaluator_id = :me', { me: actor.user.id });
  }

  list(query: ListQuery, actor: Actor) {
    return findList(this.scoped(actor), query, evaluationListSpec);
  }

  async getOrFail(id: number, actor: Actor): Promise<Evaluation> {
    const evaluation = await oneRow(this.scoped(actor).andWhere('ev.id = :id', { id }));
    if (!evaluation) throw notFound('evaluations', id);
    return evaluation;
  }

  /** The caller's own evaluation of an application assigned to them (404 for one that is not), in its panel. */
  create(dto: CreateEvaluationDto, actor: Actor): Promise<Evaluation> {
    return this.writer.transaction(async (em) => {
      const panel = await assignedPanel(em, dto.applicationId, actor.user.id);
      const values = settle({ ...dto, evaluatorId: actor.user.id, panel, status: dto.status ?? 'draft' }, false);
      return this.writer.create(Evaluation, 'evaluations', values, actor, em);
    });
  }

  update(id: number, dto: UpdateEvaluationDto, actor: Actor): Promise<Evaluation> {
    const { version, patch } = splitVersion(dto);
    const values: Partial<Evaluation> = { ...patch };
    return this.writer.update(Evaluation, 'evaluations', id, version, values, actor, {
      check: async (current, em) => {
        if (current.evaluatorId !== actor.user.id) throw notFound('evaluations', id);
        if (current.status === 'submitted') throw alreadySubmitted();
        await assignedPanel(em, current.applicationId, actor.user.id);
        const settled = settle({ ...current, ...definedOnly(patch) }, false);
        for (const key of SETTLED_FIELDS) (values as Record<string, unknown>)[key] = settled[key];
      },
    });
  }

  /** An evaluator withdraws their own draft; a lead removes any evaluation (audited). */
  remove(id: number, actor: Actor): Promise<Evaluation> {
    return this.writer.remove(Evaluation, 'evaluations', id, actor, {
      check: (current) => {
        if (runsSelection(actor.user)) return;
        if (current.evaluatorId !== actor.user.id) throw notFound('evaluations', id);
        if (current.status === 'submitted') throw alreadySubmitted();
      },
    });
  }
}

/** The panel of the caller's assignment to a still shortlisted application: 404 when not assigned, 409 once decided. */
async function assignedPanel(em: EntityManager, applicationId: number, evaluatorId: number) {
  const [row] = await em.query(
    `SELECT ea.panel, a.status FROM evaluator_assignments ea JOIN applications a ON a.id = ea.application_id
      WHERE ea.application_id = $1 AND ea.evaluator_id = $2 FOR SHARE OF a`,
    [applicationId, evaluatorId],
  );
  if (!row) throw notFound('applications', applicationId);
  if (row.status !== 'shortlisted') throw evaluationClosed();
  return row.panel;
}
