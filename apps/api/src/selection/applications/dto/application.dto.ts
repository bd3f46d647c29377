import { APPLICATION_STATUSES, type ApplicationAnswer, type ApplicationStatus, CARRIER_KINDS, type CarrierKind } from '@aic/domain';
import { ApiProperty, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsEmail, IsOptional, MaxLength, ValidateBy } from 'class-validator';
import { VersionedUpdateDto } from '../../../common/crud/version.dto.js';
import { DateTime, IdList, MultilineText, OneOf, OptionalText, RequiredId, RequiredText } from '../../../common/validation/fields.js';
import { Rna, Siret } from '../../../common/validation/identifiers.js';
import { textProblem } from '../../../common/validation/text-rules.js';
import { IntersectionType, PartialType } from '@nestjs/swagger';

const trimOrNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value);

export const MAX_ANSWERS = 500;

/** The form's other fields as an ordered list of `{ label, value }` (value: text or null), labels on one line. */
const isAnswers = (v: unknown): v is ApplicationAnswer[] =>
  Array.isArray(v) &&
  v.every(
    (a) =>
      a !== null &&
      typeof a === 'object' &&
      !Array.isArray(a) &&
      Object.keys(a).every((k) => k === 'label' || k === 'value') &&
      typeof a.label === 'string' && a.label.length > 0 && a.label.length <= 500 && textProblem(a.label, false) === null &&
      (a.value === null || (typeof a.value === 'string' && a.value.length <= 20_000 && textProblem(a.value, true) === null)),
  );

export class CreateApplicationDto {
  @RequiredId()
  callId: number;

  @RequiredText(100)
  reference: string;

  @RequiredText(300)
  projectName: string;

  @RequiredText(300)
  carrierName: string;

  @OneOf(CARRIER_KINDS, false)
  carrierKind?: CarrierKind | null;

  @Siret()
  carrierSiret?: string | null;

  @Rna()
  carrierRna?: string | null;

  @OptionalText(200)
  contactName?: string | null;

  @ApiProperty({ required: false, nullable: true })
  @Transform(trimOrNull)
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string | null;

  @MultilineText(10_000)
  summary?: string | null;

  @ApiProperty({ required: false, type: 'array', items: { type: 'object', properties: { label: { type: 'string' }, value: { type: 'string', nullable: true } } } })
  @Transform(({ value }) => (value === null ? [] : value))
  @IsOptional()
  @ArrayMaxSize(MAX_ANSWERS)
  @ValidateBy({ name: 'answers', validator: { validate: isAnswers, defaultMessage: () => 'answers must be a list of { label, value } (texts)' } })
  answers?: ApplicationAnswer[];

  @DateTime(false)
  submittedAt?: string | null;

  @OptionalText(50)
  sourceState?: string | null;

  @MultilineText(2000)
  eligibilityReason?: string | null;

  @MultilineText(2000)
  statusReason?: string | null;
}

/** Every field but the call (its season goes with it); the status moves along the allowed transitions only. */
export class UpdateApplicationDto extends IntersectionType(PartialType(OmitType(CreateApplicationDto, ['callId'] as const)), VersionedUpdateDto) {
  @OneOf(APPLICATION_STATUSES, false)
  status?: ApplicationStatus;
}

/** One status for many applications at once, with the reason: all change, or none (409 naming the refused ones). */
export class BulkStatusDto {
  @IdList(1000)
  @ArrayNotEmpty()
  ids: number[];

  @OneOf(APPLICATION_STATUSES)
  status: ApplicationStatus;

  @MultilineText(2000)
  reason?: string | null;
}
