import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, MultilineText, OptionalText, RequiredId } from '../../../common/validation/fields.js';
import { Decimal } from '../../indicators/dto/decimal.js';

/** The laureate is the indicator's: it is not sent. */
export class CreateMeasurementDto {
  @RequiredId()
  indicatorId: number;

  @Decimal()
  value: number;

  @DateOnly(true)
  measuredOn: string;

  /** Where the figure comes from (bilan annuel, tableau de bord…). */
  @OptionalText(300)
  source?: string | null;

  @MultilineText(2000)
  comment?: string | null;
}

export class UpdateMeasurementDto extends UpdateDtoOf(CreateMeasurementDto) {}
