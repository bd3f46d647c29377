import { INTERACTION_KINDS, PARTNERSHIP_PURPOSES, type InteractionKind, type PartnershipPurpose } from '@aic/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, DateTime, IdList, MultilineText, OneOf, OptionalId, RequiredId, RequiredText } from '../../../common/validation/fields.js';

export class CreateInteractionDto {
  @RequiredId()
  laureateId: number;

  @OneOf(INTERACTION_KINDS)
  kind: InteractionKind;

  @DateTime()
  occurredAt: string;

  @RequiredText(300)
  title: string;

  @MultilineText(20000)
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

  @MultilineText(2000)
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
