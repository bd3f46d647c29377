import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { Integer, MultilineText, OptionalEuros, OptionalText, RequiredId } from '../../../common/validation/fields.js';

export class CreateAgendaItemDto {
  @RequiredId()
  committeeId: number;

  @RequiredId()
  laureateId: number;

  /** Defaults to the end of the agenda. */
  @Integer(1, 1000, false)
  position?: number;

  @OptionalText(200)
  presenter?: string | null;

  @MultilineText()
  requestedSupport?: string | null;

  @OptionalEuros()
  requestedFunding?: number | null;

  @MultilineText()
  briefingNotes?: string | null;
}

export class UpdateAgendaItemDto extends UpdateDtoOf(CreateAgendaItemDto) {}
