import { REFERENT_KINDS, type ReferentKind } from '@aic/domain';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, OneOf, OptionalId, RequiredId } from '../../../common/validation/fields.js';

export class CreateReferentAssignmentDto {
  @RequiredId()
  laureateId: number;

  /** A user with the referent role. */
  @RequiredId()
  userId: number;

  @OneOf(REFERENT_KINDS)
  kind: ReferentKind;

  /** The referent's administration. */
  @OptionalId()
  organisationId?: number | null;

  @DateOnly()
  since?: string | null;
}

export class UpdateReferentAssignmentDto extends UpdateDtoOf(CreateReferentAssignmentDto) {}
