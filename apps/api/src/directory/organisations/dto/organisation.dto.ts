import { ORGANISATION_KINDS, type OrganisationKind } from '@aic/domain';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { Rna, Siret } from '../../../common/validation/identifiers.js';
import { MultilineText, OneOf, OptionalId, OptionalText, OptionalUrl, RequiredText } from '../../../common/validation/fields.js';

export class CreateOrganisationDto {
  @RequiredText(300)
  name: string;

  @OneOf(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @OptionalId()
  parentId?: number | null;

  @OptionalText(30)
  acronym?: string | null;

  @OptionalText(200)
  territory?: string | null;

  @OptionalUrl()
  website?: string | null;

  @MultilineText()
  notes?: string | null;

  /** How a promoted application finds its carrier (unique: 409 for a second organisation with it). */
  @Siret()
  siret?: string | null;

  @Rna()
  rna?: string | null;
}

export class UpdateOrganisationDto extends UpdateDtoOf(CreateOrganisationDto) {}
