import { SEASON_STATUSES, type SeasonStatus } from '@aic/domain';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, Integer, MultilineText, OneOf, OptionalEuros, OptionalText, RequiredText } from '../../../common/validation/fields.js';

export class CreateSeasonDto {
  @RequiredText(100)
  name: string;

  @Integer(2000, 2100)
  year: number;

  @OptionalText(200)
  theme?: string | null;

  @DateOnly()
  callOpensOn?: string | null;

  @DateOnly()
  callClosesOn?: string | null;

  @DateOnly()
  accompanimentStartsOn?: string | null;

  @DateOnly()
  accompanimentEndsOn?: string | null;

  @OneOf(SEASON_STATUSES, false)
  status?: SeasonStatus;

  @OptionalEuros()
  fundingEnvelope?: number | null;

  @MultilineText()
  notes?: string | null;

  /** Days without an exchange before a laureate is flagged (30 by default). */
  @Integer(1, 365, false)
  quietAfterDays?: number;
}

export class UpdateSeasonDto extends UpdateDtoOf(CreateSeasonDto) {}
