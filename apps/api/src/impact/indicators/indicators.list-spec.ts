import { INDICATOR_DIRECTIONS } from '@aic/domain';
import { frenchText, type ListSpec } from '../../common/list/list-spec.js';
import type { Indicator } from './indicator.entity.js';

export const indicatorListSpec: ListSpec<Indicator> = {
  resource: 'indicators',
  alias: 'indicator',
  sortable: { id: 'indicator.id', name: frenchText('indicator.name'), laureateId: 'indicator.laureateId', targetOn: 'indicator.targetOn' },
  defaultSort: ['name', 'ASC'],
  filters: {
    laureateId: { column: 'indicator.laureateId', type: 'integer' },
    direction: { column: 'indicator.direction', type: 'enum', values: INDICATOR_DIRECTIONS },
    seasonId: {
      type: 'integer',
      apply: (qb, value, param) => void qb.andWhere(`indicator.laureate_id IN (SELECT id FROM laureates WHERE season_id = :${param})`, { [param]: value }),
    },
  },
  search: `f_unaccent(lower(indicator.name))`,
};
