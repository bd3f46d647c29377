import { INDICATOR_DIRECTIONS, type IndicatorDirection } from '@aic/domain';
import { UpdateDtoOf } from '../../../common/crud/version.dto.js';
import { DateOnly, OneOf, RequiredId, RequiredText } from '../../../common/validation/fields.js';
import { Decimal } from './decimal.js';

export class CreateIndicatorDto {
  @RequiredId()
  laureateId: number;

  @RequiredText(200)
  name: string;

  /** What is counted: stations, jeunes, antennes, étudiants… */
  @RequiredText(60)
  unit: string;

  @Decimal()
  baselineValue: number;

  @DateOnly()
  baselineOn?: string | null;

  @Decimal()
  targetValue: number;

  @DateOnly()
  targetOn?: string | null;

  @OneOf(INDICATOR_DIRECTIONS, false)
  direction?: IndicatorDirection;
}

export class UpdateIndicatorDto extends UpdateDtoOf(CreateIndicatorDto) {}
