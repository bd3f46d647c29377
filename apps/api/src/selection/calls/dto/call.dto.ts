import { CALL_STATUSES, type CallStatus, TRACKS, type Track } from '@aic/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsOptional, Max, Min, ValidateBy } from 'class-validator';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, OneOf, RequiredId, RequiredText } from '../../../common/validation/fields.js';

/** A weight of the ranking: 0 to 100, at most 2 decimals (numeric(6,2)); default 1 (equal weights). */
const Weight = () =>
  applyDecorators(
    ApiProperty({ required: false, minimum: 0, maximum: 100, default: 1 }),
    IsOptional(),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    ValidateBy({ name: 'weight', validator: { validate: (v) => typeof v === 'number' && Number(v.toFixed(2)) === v, defaultMessage: () => 'must have at most 2 decimal places' } }),
    Min(0),
    Max(100),
  );

export class CreateCallDto {
  @RequiredId()
  seasonId: number;

  @OneOf(TRACKS)
  track: Track;

  @RequiredText(200)
  title: string;

  @DateOnly()
  opensOn?: string | null;

  @DateOnly()
  closesOn?: string | null;

  @OneOf(CALL_STATUSES, false)
  status?: CallStatus;

  @Weight()
  generalInterestWeight?: number;

  @Weight()
  impactWeight?: number;

  @Weight()
  maturityWeight?: number;

  @Weight()
  carrierWeight?: number;

  @Weight()
  sharedGovernanceWeight?: number;

  @Weight()
  juryWeight?: number;

  @Weight()
  citizenWeight?: number;
}

export class UpdateCallDto extends UpdateDtoOf(CreateCallDto) {}
