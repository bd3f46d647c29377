import { HEALTHS, LAUREATE_PHASES, TRACKS, type Health, type LaureatePhase, type Track } from '@aic/domain';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, MultilineText, OneOf, OptionalId, OptionalText, OptionalUrl, RequiredId, RequiredText, TextList } from '../../../common/validation/fields.js';

export class CreateLaureateDto {
  @RequiredId()
  seasonId: number;

  @RequiredText(200)
  name: string;

  @OneOf(TRACKS)
  track: Track;

  @OptionalId()
  carrierOrganisationId?: number | null;

  @OptionalText(300)
  tagline?: string | null;

  @MultilineText()
  mission?: string | null;

  @MultilineText()
  publicServiceContribution?: string | null;

  @OptionalUrl()
  website?: string | null;

  @TextList()
  themes?: string[];

  @OptionalText(200)
  territory?: string | null;

  @OneOf(LAUREATE_PHASES, false)
  phase?: LaureatePhase;

  @OptionalId()
  accelerationManagerId?: number | null;

  @DateOnly()
  startedOn?: string | null;

  @DateOnly()
  phase2StartedOn?: string | null;

  @DateOnly()
  endedOn?: string | null;

  @MultilineText()
  nextSteps?: string | null;

  @MultilineText()
  results?: string | null;

  @OneOf(HEALTHS, false)
  health?: Health;

  @MultilineText(1000)
  healthReason?: string | null;
}

export class UpdateLaureateDto extends UpdateDtoOf(CreateLaureateDto) {}
