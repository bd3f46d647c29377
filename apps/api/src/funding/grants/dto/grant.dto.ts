import { GRANT_PURPOSES, GRANT_STATUSES, type GrantPurpose, type GrantStatus } from '@aic/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, Euros, MultilineText, OneOf, OptionalId, RequiredId } from '../../../common/validation/fields.js';

export class CreateGrantDto {
  @RequiredId()
  laureateId: number;

  @OptionalId()
  decisionId?: number | null;

  @Euros({ required: true, min: 0.01 })
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

  @MultilineText()
  notes?: string | null;

  /** A programme lead's explicit confirmation that the season's envelope may be exceeded (audited). */
  @ApiProperty({ required: false, default: false })
  @IsOptional()
  @IsBoolean()
  overrideEnvelope?: boolean;
}

export class UpdateGrantDto extends UpdateDtoOf(CreateGrantDto) {}
