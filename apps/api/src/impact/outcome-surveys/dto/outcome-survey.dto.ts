import { AUTONOMY_LEVELS, MONTHS_SAVED_MAX, OUTCOME_SURVEY_STATUSES, type AutonomyLevel, type OutcomeSurveyStatus } from '@aic/domain';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { Integer, MultilineText, OneOf, RequiredId } from '../../../common/validation/fields.js';

export class CreateOutcomeSurveyDto {
  @RequiredId()
  laureateId: number;

  /** Months the accelerator saved the project, as its team estimates them. */
  @Integer(0, MONTHS_SAVED_MAX, false)
  monthsSaved?: number | null;

  @OneOf(AUTONOMY_LEVELS, false)
  autonomyWithAdministrations?: AutonomyLevel | null;

  /** New partners (administrations, funders…) met through the accelerator. */
  @Integer(0, 1000, false)
  newPartnersMet?: number | null;

  /** Interministerial actions (working groups, communities…) set up on the project's subject. */
  @Integer(0, 100, false)
  interministerialActions?: number | null;

  @MultilineText(2000)
  quote?: string | null;

  /** One line per item ("En 6 mois, l'accélérateur nous a permis de…"). */
  @MultilineText(5000)
  whatTheAcceleratorEnabled?: string | null;

  /** One line per step ("2023 : …"). */
  @MultilineText(5000)
  nextSteps?: string | null;

  /** `validated` by a programme lead only; a validated survey is read-only. */
  @OneOf(OUTCOME_SURVEY_STATUSES, false)
  status?: OutcomeSurveyStatus;
}

export class UpdateOutcomeSurveyDto extends UpdateDtoOf(CreateOutcomeSurveyDto) {}
