import type { Panel } from '@aic/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import { findList } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { runsSelection } from '../applications/application-access.js';
import { balancedPicks, type Need } from './balanced-assignment.js';
import type { BulkAssignDto, CreateEvaluatorAssignmentDto } from './dto/evaluator-assignment.dto.js';
import { EvaluatorAssignment } from './evaluator-assignment.entity.js';
import { evaluatorAssignmentListSpec } from './evaluator-assignments.list-spec.js';
import { oneRow } from '../../common/list/page-rows.js';

/** Applications are assigned once shortlisted: the jury and the panel score the shortlist. */
const ASSIGNABLE = 'shortlisted';

@Injectable()
export class EvaluatorAssignmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  /** A lead reads every assignment; an evaluator their own. */
  private scoped(actor: Actor) {
    const qb = this.dataSource.getRepository(EvaluatorAssignment).createQueryBuilder('ea');
    return runsSelection(actor.user) ? qb : qb.andWhere('ea.evaluator_id = :me', { me: actor.user.id });
  }

  list(query: ListQuery, actor: Actor) {
    return findList(this.scoped(actor), query, evaluatorAssignmentListSpec);
  }

  async getOrFail(id: number, actor: Actor): Promise<EvaluatorAssignment> {
    const assignment = await oneRow(this.scoped(actor).andWhere('ea.id = :id', { id }));
    if (!assignment) throw notFound('evaluator-assignments', id);
    return assignment;
  }

  create(dto: CreateEvaluatorAssignmentDto, actor: Actor): Promise<EvaluatorAssignment> {
    return this.writer.transaction(async (em) => {
      const [application] = await em.query(`SELECT status FROM applications WHERE id = $1 FOR SHARE`, [dto.applicationId]);
      if (!application) throw invalidField('applicationId', bilingual('Candidature introuvable', 'Application not found'));
      if (application.status !== ASSIGNABLE) {
        throw invalidField('applicationId', bilingual("Seule une candidature présélectionnée s'attribue à un évaluateur", 'Only a shortlisted application is assigned to an evaluator'));
      }
      const panel = await evaluatorPanel(em, dto.evaluatorId);
      return this.writer.create(EvaluatorAssignment, 'evaluator-assignments', { ...dto, panel }, actor, em);
    });
  }

  /** An assignment with an evaluation (even a draft) stays: the database refuses (409). */
  remove(id: number, actor: Actor): Promise<EvaluatorAssignment> {
    return this.writer.remove(EvaluatorAssignment, 'evaluator-assignments', id, actor);
  }

  /**
   * Gives each shortlisted application of the call `juryCount` jury members and `citizenCount` citizens in all,
   * counting those it already has: least-loaded evaluators first (load: assignments on this call), ties by id, never
   * twice the same one on an application. Run twice, the second run adds nothing. The call row is locked, so two runs
   * at once are serialised.
   */
  async assignInBulk(dto: BulkAssignDto, actor: Actor) {
    return this.writer.transaction(async (em) => {
      const [call] = await em.query(`SELECT id FROM calls WHERE id = $1 FOR UPDATE`, [dto.callId]);
      if (!call) throw invalidField('callId', bilingual('Appel à candidatures introuvable', 'Call for applications not found'));
      const applications: Array<{ id: number; assigned: number[]; jury: number; citizen: number }> = await em.query(
        `SELECT a.id, coalesce(array_agg(ea.evaluator_id) FILTER (WHERE ea.id IS NOT NULL), '{}') AS assigned,
                count(ea.id) FILTER (WHERE ea.panel = 'jury')::int AS jury, count(ea.id) FILTER (WHERE ea.panel = 'citizen')::int AS citizen
           FROM applications a LEFT JOIN evaluator_assignments ea ON ea.application_id = a.id
          WHERE a.call_id = $1 AND a.status = $2 GROUP BY a.id ORDER BY a.id`,
        [dto.callId, ASSIGNABLE],
      );
      const candidates: Array<{ id: number; panel: Panel; load: number }> = await em.query(
        `SELECT u.id, u.panel, (SELECT count(*)::int FROM evaluator_assignments ea JOIN applications a ON a.id = ea.application_id
                                 WHERE ea.evaluator_id = u.id AND a.call_id = $1) AS load
           FROM users u WHERE u.active AND 'evaluator' = ANY(u.roles) AND ($2::int[] IS NULL OR u.id = ANY($2)) ORDER BY u.id`,
        [dto.callId, dto.evaluatorIds ?? null],
      );
      const needs: Need[] = applications.map((a) => ({
        applicationId: a.id,
        assigned: a.assigned,
        missing: { jury: Math.max(0, dto.juryCount - a.jury), citizen: Math.max(0, dto.citizenCount - a.citizen) },
      }));
      const { picks, shortfall } = balancedPicks(needs, candidates);
      for (const pick of picks) await this.writer.create(EvaluatorAssignment, 'evaluator-assignments', pick, actor, em);
      return { applications: applications.length, created: picks.length, shortfall };
    });
  }
}

/** The panel of an active evaluator's account; anyone else is refused on `evaluatorId` (400). */
async function evaluatorPanel(em: EntityManager, userId: number): Promise<Panel> {
  const [user] = await em.query(`SELECT panel, roles, active FROM users WHERE id = $1`, [userId]);
  if (!user || !user.active || !user.roles.includes('evaluator') || !user.panel) {
    throw invalidField('evaluatorId', bilingual('Ce compte n’est pas un évaluateur actif', 'This account is not an active evaluator'));
  }
  return user.panel;
}
