import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { hasRole, type Actor, type RequestUser } from '../../common/auth/request-user.js';
import { notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import { findList, type ListPage } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { applicationReadCondition, runsSelection } from './application-access.js';
import { Application } from './application.entity.js';
import { assertCanMove, assertReasonGiven, refusal, STATUS_WORDS, statusChange } from './application-status.js';
import { applicationListSpec } from './applications.list-spec.js';
import type { BulkStatusDto, CreateApplicationDto, UpdateApplicationDto } from './dto/application.dto.js';
import { oneRow } from '../../common/list/page-rows.js';

/** What an evaluator does not need to score a project: the applicant's personal data and the team's notes. */
const HIDDEN_FROM_EVALUATORS = ['contactName', 'contactEmail', 'eligibilityReason', 'statusReason'] as const;

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  async list(query: ListQuery, actor: Actor): Promise<ListPage<Application>> {
    const page = await findList(this.scoped(actor.user), query, applicationListSpec);
    return { ...page, rows: page.rows.map((a) => forReader(a, actor.user)) };
  }

  async getOrFail(id: number, actor: Actor): Promise<Application> {
    const application = await oneRow(this.scoped(actor.user).andWhere('app.id = :id', { id }));
    if (!application) throw notFound('applications', id);
    return forReader(application, actor.user);
  }

  async create(dto: CreateApplicationDto, actor: Actor): Promise<Application> {
    return this.writer.transaction(async (em) => {
      const [call] = await em.query(`SELECT season_id FROM calls WHERE id = $1`, [dto.callId]);
      if (!call) throw invalidField('callId', bilingual('Appel à candidatures introuvable', 'Call for applications not found'));
      return this.writer.create(Application, 'applications', { ...dto, seasonId: call.season_id, submittedAt: dto.submittedAt ? new Date(dto.submittedAt) : null } as Partial<Application>, actor, em);
    });
  }

  update(id: number, dto: UpdateApplicationDto, actor: Actor): Promise<Application> {
    const { version, patch } = splitVersion(dto);
    const values: Partial<Application> = { ...(patch as Partial<Application>) };
    if (patch.submittedAt !== undefined) values.submittedAt = patch.submittedAt ? new Date(patch.submittedAt) : null;
    return this.writer.update(Application, 'applications', id, version, values, actor, {
      check: (current) => {
        const to = patch.status;
        if (to === undefined || to === current.status) return;
        assertCanMove(current, to);
        const reason = to === 'eligible' || to === 'ineligible' ? (patch.eligibilityReason ?? patch.statusReason) : patch.statusReason;
        assertReasonGiven(to, reason, 'eligibilityReason');
        Object.assign(values, statusChange(to, reason));
      },
    });
  }

  /** A promoted application stays (its laureate points back at it); one with evaluations is refused by the database (409). */
  remove(id: number, actor: Actor): Promise<Application> {
    return this.writer.remove(Application, 'applications', id, actor, {
      check: (current) => {
        if (current.laureateId !== null) {
          throw new ConflictException({ message: bilingual('Cette candidature est devenue un lauréat : elle ne se supprime pas', 'This application became a laureate: it cannot be deleted') });
        }
      },
    });
  }

  /**
   * One status for many applications, all or none: every row is locked (in id order, so two bulk changes cannot
   * deadlock), every transition checked, and only then written, one audit event each.
   */
  async changeStatus(dto: BulkStatusDto, actor: Actor): Promise<{ ids: number[]; changed: number }> {
    const ids = [...new Set(dto.ids)].sort((a, b) => a - b);
    assertReasonGiven(dto.status, dto.reason, 'reason');
    return this.writer.transaction(async (em) => {
      const rows = await lockApplications(em, ids);
      const missing = ids.filter((id) => !rows.some((r) => r.id === id));
      if (missing.length > 0) {
        throw invalidField('ids', bilingual(`Candidature(s) introuvable(s) : ${missing.join(', ')}`, `Application(s) not found: ${missing.join(', ')}`));
      }
      const refused = rows.map((r) => ({ id: r.id, reference: r.reference, status: r.status, why: refusal(r, dto.status) })).filter((r) => r.why !== null);
      if (refused.length > 0) {
        throw new ConflictException({
          message: bilingual(
            `Aucun statut modifié : ${refused.length} candidature(s) sur ${rows.length} ne peuvent pas passer à « ${STATUS_WORDS[dto.status].fr} » (${refused.map((r) => r.reference).join(', ')})`,
            `No status changed: ${refused.length} of ${rows.length} application(s) cannot move to “${STATUS_WORDS[dto.status].en}” (${refused.map((r) => r.reference).join(', ')})`,
          ),
          errors: { ids: refused[0].why },
          refused: refused.map(({ id, reference, status, why }) => ({ id, reference, status, message: why })),
        });
      }
      let changed = 0;
      for (const row of rows) {
        if (row.status === dto.status) continue;
        await this.writer.update(Application, 'applications', row.id, row.version, statusChange(dto.status, dto.reason ?? null), actor, {}, em);
        changed++;
      }
      return { ids, changed };
    });
  }

  private scoped(user: RequestUser) {
    const qb = this.dataSource.getRepository(Application).createQueryBuilder('app');
    const condition = applicationReadCondition(user, 'app');
    return condition ? qb.andWhere(`(${condition})`) : qb;
  }
}

async function lockApplications(em: EntityManager, ids: number[]): Promise<Application[]> {
  return em.getRepository(Application).createQueryBuilder('app').where('app.id = ANY(:ids)', { ids }).orderBy('app.id').setLock('pessimistic_write').getMany();
}

/** An evaluator reads the project, not the applicant's personal data nor the team's notes. */
function forReader(application: Application, user: RequestUser): Application {
  if (runsSelection(user) || !hasRole(user, 'evaluator')) return application;
  const copy = { ...application } as Record<string, unknown>;
  for (const field of HIDDEN_FROM_EVALUATORS) delete copy[field];
  return copy as unknown as Application;
}
