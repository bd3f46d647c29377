import { PARTNERSHIP_PURPOSES, PARTNERSHIP_STATUSES, type PartnershipPurpose, type PartnershipStatus } from '@aic/domain';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, MultilineText, OneOf, OptionalId, RequiredId } from '../../../common/validation/fields.js';

export class CreatePartnershipDto {
  @RequiredId()
  laureateId: number;

  @RequiredId()
  organisationId: number;

  @OptionalId()
  contactId?: number | null;

  @OneOf(PARTNERSHIP_PURPOSES)
  purpose: PartnershipPurpose;

  @DateOnly()
  since?: string | null;

  @OneOf(PARTNERSHIP_STATUSES, false)
  status?: PartnershipStatus;

  @MultilineText()
  notes?: string | null;
}

export class UpdatePartnershipDto extends UpdateDtoOf(CreatePartnershipDto) {}
