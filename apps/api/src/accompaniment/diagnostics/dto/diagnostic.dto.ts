import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, OptionalId, OptionalText, RequiredId } from '../../../common/validation/fields.js';

export class CreateDiagnosticDto {
  @RequiredId()
  laureateId: number;

  /** Defaults to the laureate's season. */
  @OptionalId()
  seasonId?: number;

  @DateOnly()
  heldOn?: string | null;

  @OptionalText(2000)
  participants?: string | null;

  @OptionalText()
  strengths?: string | null;

  @OptionalText()
  weaknesses?: string | null;

  @OptionalText()
  needsConsolidate?: string | null;

  @OptionalText()
  needsIntegrate?: string | null;

  @OptionalText()
  needsDeploy?: string | null;
}

export class UpdateDiagnosticDto extends UpdateDtoOf(CreateDiagnosticDto) {}
