import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import { LaureateBoundCrud } from '../../common/scope/laureate-bound-crud.js';
import type { CreateIndicatorDto, UpdateIndicatorDto } from './dto/indicator.dto.js';
import { Indicator } from './indicator.entity.js';
import { indicatorListSpec } from './indicators.list-spec.js';

/** The target lies on the better side of the baseline (the database checks it too), so progress is defined. */
async function targetBeyondBaseline(indicator: Partial<Indicator>): Promise<void> {
  const { baselineValue: baseline, targetValue: target, direction = 'higher_is_better' } = indicator;
  if (baseline === undefined || target === undefined) return;
  if (direction === 'higher_is_better' && !(target > baseline)) {
    throw invalidField('targetValue', bilingual('La cible doit dépasser la valeur de départ (plus haut = mieux)', 'The target must be above the baseline (higher is better)'));
  }
  if (direction === 'lower_is_better' && !(target < baseline)) {
    throw invalidField('targetValue', bilingual('La cible doit être sous la valeur de départ (plus bas = mieux)', 'The target must be below the baseline (lower is better)'));
  }
  if (indicator.baselineOn && indicator.targetOn && indicator.targetOn < indicator.baselineOn) {
    throw invalidField('targetOn', bilingual("L'échéance de la cible suit la date de départ", 'The target date follows the baseline date'));
  }
}

export class IndicatorsService extends LaureateBoundCrud<Indicator, CreateIndicatorDto, UpdateIndicatorDto>(Indicator, 'indicators', indicatorListSpec, targetBeyondBaseline) {}
