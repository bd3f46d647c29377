import { COMMITMENT_KINDS, COMMITMENT_STATUSES, type CommitmentKind, type CommitmentStatus } from '@aic/domain';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, OneOf, OptionalEuros, OptionalId, RequiredId, RequiredText } from '../../../common/validation/fields.js';

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

  @RequiredText(2000)
  description: string;

  @OptionalEuros()
  amount?: number | null;

  @DateOnly()
  dueOn?: string | null;

  @OneOf(COMMITMENT_STATUSES, false)
  status?: CommitmentStatus;
}

export class UpdateCommitmentDto extends UpdateDtoOf(CreateCommitmentDto) {}
