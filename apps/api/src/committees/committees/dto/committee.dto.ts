import { COMMITTEE_KINDS, COMMITTEE_STATUSES, type CommitteeKind, type CommitteeStatus } from '@aic/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, IdList, TimeOfDay, MultilineText, OneOf, OptionalText, OptionalUrl, RequiredId, RequiredText, NullAsEmptyList } from '../../../common/validation/fields.js';

export class ExternalMemberDto {
  @RequiredText(200)
  name: string;

  @OptionalText(200)
  organisation: string | null;
}

export class CreateCommitteeDto {
  @RequiredId()
  seasonId: number;

  @OneOf(COMMITTEE_KINDS)
  kind: CommitteeKind;

  @RequiredText(200)
  title: string;

  @DateOnly()
  heldOn?: string | null;

  /** 'HH:MM' in Europe/Paris; without it, the committee is a whole day. */
  @TimeOfDay()
  startTime?: string | null;

  /** 'HH:MM', after `startTime`. */
  @TimeOfDay()
  endTime?: string | null;

  @OptionalText(300)
  place?: string | null;

  @OptionalUrl()
  videoLink?: string | null;

  /** `closed` is reached only through POST /committees/:id/close, which applies the decisions. */
  @OneOf(COMMITTEE_STATUSES.filter((s) => s !== 'closed'), false)
  status?: CommitteeStatus;

  @IdList(50)
  memberIds?: number[];

  @ApiProperty({ type: [ExternalMemberDto], required: false })
  @NullAsEmptyList()
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ExternalMemberDto)
  externalMembers?: ExternalMemberDto[];

  @MultilineText(50000)
  minutes?: string | null;
}

export class UpdateCommitteeDto extends UpdateDtoOf(CreateCommitteeDto) {}
