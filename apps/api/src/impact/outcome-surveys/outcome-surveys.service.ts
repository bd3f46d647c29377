import { BadRequestException, ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { hasRole, type Actor } from '../../common/auth/request-user.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { REQUIRED } from '../../common/errors/validation-errors.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { LaureateBoundRecords } from '../../common/scope/laureate-bound-records.js';
import type { CreateOutcomeSurveyDto, UpdateOutcomeSurveyDto } from './dto/outcome-survey.dto.js';
import { OutcomeSurvey } from './outcome-survey.entity.js';
import { outcomeSurveyListSpec } from './outcome-surveys.list-spec.js';

const RESOURCE = 'outcome-surveys';
/** The figures the programme's outcomes count: required once the survey leaves the draft. */
const FIGURES = ['monthsSaved', 'autonomyWithAdministrations', 'newPartnersMet', 'interministerialActions'] as const;

/**
 * One survey per laureate: its acceleration manager (or a lead) fills it in and submits it; a programme lead
 * validates it; once validated it is read-only for everyone (its figures are published).
 */
@Injectable()
export class OutcomeSurveysService {
  constructor(private readonly records: LaureateBoundRecords) {}

  list(query: ListQuery, actor: Actor) {
    return this.records.list(OutcomeSurvey, outcomeSurveyListSpec, query, actor);
  }

  getOrFail(id: number, actor: Actor) {
    return this.records.getOrFail(OutcomeSurvey, RESOURCE, id, actor);
  }

  create(dto: CreateOutcomeSurveyDto, actor: Actor) {
    const values: Partial<OutcomeSurvey> & { laureateId: number } = { ...dto, status: dto.status ?? 'draft' };
    return this.records.create(OutcomeSurvey, RESOURCE, values, actor, async (survey) => {
      Object.assign(values, statusChange(survey, undefined, actor));
    });
  }

  update(id: number, dto: UpdateOutcomeSurveyDto, actor: Actor) {
    const { version, patch } = splitVersion(dto);
    const changes: Partial<OutcomeSurvey> = { ...patch };
    return this.records.update(OutcomeSurvey, RESOURCE, id, version, changes, actor, async (merged, _em, stored) => {
      assertNotValidated(stored!);
      Object.assign(changes, statusChange(merged, stored, actor));
    });
  }

  remove(id: number, actor: Actor) {
    return this.records.remove(OutcomeSurvey, RESOURCE, id, actor, async (stored) => assertNotValidated(stored));
  }
}

function assertNotValidated(stored: OutcomeSurvey): void {
  if (stored.status === 'validated') {
    throw new ConflictException({ message: bilingual('Ce questionnaire est validé : il ne se modifie plus', 'This survey is validated: it can no longer be changed') });
  }
}

/** Who may move the survey to its new status, what it must carry there, and the dates that go with it. */
function statusChange(survey: Partial<OutcomeSurvey>, stored: OutcomeSurvey | undefined, actor: Actor): Partial<OutcomeSurvey> {
  const status = survey.status ?? 'draft';
  if (status === 'validated' && !hasRole(actor.user, 'admin', 'programme_lead')) {
    throw new ForbiddenException({ message: bilingual('Seul un pilote du programme valide un questionnaire de résultats', 'Only a programme lead validates an outcome survey') });
  }
  if (status !== 'draft') {
    const missing = FIGURES.filter((field) => survey[field] === null || survey[field] === undefined);
    if (missing.length > 0) {
      throw new BadRequestException({
        message: bilingual('Questionnaire incomplet : ces chiffres sont attendus avant de le soumettre', 'Incomplete survey: these figures are expected before submitting it'),
        errors: Object.fromEntries(missing.map((field) => [field, REQUIRED])),
      });
    }
  }
  const now = new Date();
  return {
    submittedAt: status === 'draft' ? null : (stored?.submittedAt ?? now),
    validatedAt: status === 'validated' ? now : null,
    validatedById: status === 'validated' ? actor.user.id : null,
  };
}
