import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, MultilineText, OptionalId, RequiredId } from '../../../common/validation/fields.js';

export class CreateDiagnosticDto {
  @RequiredId()
  laureateId: number;

  /** Defaults to the laureate's season. */
  @OptionalId()
  seasonId?: number;

  @DateOnly()
  heldOn?: string | null;

  @MultilineText(2000)
  participants?: string | null;

  @MultilineText()
  strengths?: string | null;

  @MultilineText()
  weaknesses?: string | null;

  @MultilineText()
  needsConsolidate?: string | null;

  @MultilineText()
  needsIntegrate?: string | null;

  @MultilineText()
  needsDeploy?: string | null;
}

export class UpdateDiagnosticDto extends UpdateDtoOf(CreateDiagnosticDto) {}
