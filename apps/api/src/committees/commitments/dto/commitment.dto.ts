import { COMMITMENT_KINDS, COMMITMENT_STATUSES, type CommitmentKind, type CommitmentStatus } from '@aic/domain';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, MultilineText, OneOf, OptionalEuros, OptionalId, RequiredId } from '../../../common/validation/fields.js';

export class CreateCommitmentDto {
  @RequiredId()
  laureateId: number;

  /** The engagement committee where it was recorded. */
  @OptionalId()
  committeeId?: number | null;

  /** The administration or funder that commits. */
  @RequiredId()
  organisationId: number;

  @OneOf(COMMITMENT_KINDS)
  kind: CommitmentKind;

  @MultilineText(2000, true)
  description: string;

  @OptionalEuros()
  amount?: number | null;

  @DateOnly()
  dueOn?: string | null;

  @OneOf(COMMITMENT_STATUSES, false)
  status?: CommitmentStatus;
}

export class UpdateCommitmentDto extends UpdateDtoOf(CreateCommitmentDto) {}
