import { GRANT_PURPOSES, GRANT_STATUSES, type GrantPurpose, type GrantStatus } from '@aic/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, OneOf, OptionalId, OptionalText, RequiredId } from '../../../common/validation/fields.js';

export class CreateGrantDto {
  @RequiredId()
  laureateId: number;

  @OptionalId()
  decisionId?: number | null;

  @ApiProperty({ minimum: 0.01, description: 'euros, at most 2 decimals' })
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false })
  @Min(0.01)
  @Max(999_999_999_999)
  amount: number;

  @OneOf(GRANT_PURPOSES)
  purpose: GrantPurpose;

  @OneOf(GRANT_STATUSES, false)
  status?: GrantStatus;

  @DateOnly()
  agreementSignedOn?: string | null;

  @DateOnly()
  justificationDueOn?: string | null;

  @DateOnly()
  justificationReceivedOn?: string | null;

  @OptionalText()
  notes?: string | null;

  /** A programme lead's explicit confirmation that the season's envelope may be exceeded (audited). */
  @ApiProperty({ required: false, default: false })
  @IsOptional()
  @IsBoolean()
  overrideEnvelope?: boolean;
}

export class UpdateGrantDto extends UpdateDtoOf(CreateGrantDto) {}
