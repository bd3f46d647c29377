import { INTERACTION_KINDS, PARTNERSHIP_PURPOSES, type InteractionKind, type PartnershipPurpose } from '@aic/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsOptional } from 'class-validator';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, IdList, OneOf, OptionalId, OptionalText, RequiredId, RequiredText } from '../../../common/validation/fields.js';

export class CreateInteractionDto {
  @RequiredId()
  laureateId: number;

  @OneOf(INTERACTION_KINDS)
  kind: InteractionKind;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  occurredAt: string;

  @RequiredText(300)
  title: string;

  @OptionalText(20000)
  summary?: string | null;

  @IdList()
  contactIds?: number[];

  @IdList()
  userIds?: number[];

  /** Organisations that took part. */
  @IdList()
  organisationIds?: number[];

  /** For an introduction: the administration introduced. */
  @OptionalId()
  organisationId?: number | null;

  @OptionalText(2000)
  followUp?: string | null;

  @DateOnly()
  followUpDueOn?: string | null;

  /** For an introduction: create the matching partnership, or advance it to "introduced" (default true). */
  @ApiProperty({ required: false, default: true })
  @IsOptional()
  @IsBoolean()
  updatePartnership?: boolean;

  /** Purpose of a partnership created by an introduction (default "other"). */
  @OneOf(PARTNERSHIP_PURPOSES, false)
  partnershipPurpose?: PartnershipPurpose;
}

export class UpdateInteractionDto extends UpdateDtoOf(CreateInteractionDto) {}
