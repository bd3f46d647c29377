import { DECISION_OUTCOMES, type DecisionOutcome } from '@aic/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateTime, MultilineText, OneOf, OptionalEuros, RequiredId } from '../../../common/validation/fields.js';

export class CreateDecisionDto {
  @RequiredId()
  committeeId: number;

  @RequiredId()
  laureateId: number;

  @OneOf(DECISION_OUTCOMES)
  outcome: DecisionOutcome;

  @MultilineText()
  conditions?: string | null;

  @MultilineText()
  rationale?: string | null;

  /** Euros; above 0, a grant is proposed with it (counted against the season's envelope). */
  @OptionalEuros()
  fundingGranted?: number;

  @DateTime(false)
  decidedAt?: string;

  /** A programme lead's explicit confirmation that the grant may exceed the season's envelope. */
  @ApiProperty({ required: false, default: false })
  @IsOptional()
  @IsBoolean()
  overrideEnvelope?: boolean;
}

export class UpdateDecisionDto extends UpdateDtoOf(CreateDecisionDto) {}
