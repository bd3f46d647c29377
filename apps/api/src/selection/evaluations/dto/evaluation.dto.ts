import { EVALUATION_STATUSES, type EvaluationStatus, MAX_SCORE, MIN_SCORE } from '@aic/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, IntersectionType, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { VersionedUpdateDto } from '../../../common/crud/version.dto.js';
import { Integer, MultilineText, OneOf, RequiredId } from '../../../common/validation/fields.js';

/** A score 0–5 on a criterion; blank while the evaluation is a draft. */
const Score = () => applyDecorators(Transform(({ value }) => (value === '' ? null : value)), Integer(MIN_SCORE, MAX_SCORE, false));

export class CreateEvaluationDto {
  @RequiredId()
  applicationId: number;

  @Score()
  generalInterest?: number | null;

  @Score()
  impact?: number | null;

  @Score()
  maturity?: number | null;

  @Score()
  carrier?: number | null;

  @Score()
  sharedGovernance?: number | null;

  @MultilineText(5000)
  comment?: string | null;

  /** Declared: the evaluation is excluded (its scores are blanked) and the application's scores stay hidden. */
  @ApiProperty({ required: false, default: false })
  @IsOptional()
  @IsBoolean()
  conflictOfInterest?: boolean;

  /** `submitted` is final: the five scores are then required (unless a conflict of interest is declared). */
  @OneOf(EVALUATION_STATUSES, false)
  status?: EvaluationStatus;
}

export class UpdateEvaluationDto extends IntersectionType(PartialType(OmitType(CreateEvaluationDto, ['applicationId'] as const)), VersionedUpdateDto) {}
