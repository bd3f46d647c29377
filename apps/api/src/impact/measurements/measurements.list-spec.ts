import type { ListSpec } from '../../common/list/list-spec.js';
import type { Measurement } from './measurement.entity.js';

export const measurementListSpec: ListSpec<Measurement> = {
  resource: 'measurements',
  alias: 'measurement',
  sortable: { id: 'measurement.id', measuredOn: 'measurement.measuredOn', value: 'measurement.value' },
  defaultSort: ['measuredOn', 'DESC'],
  filters: {
    indicatorId: { column: 'measurement.indicatorId', type: 'integer' },
    laureateId: { column: 'measurement.laureateId', type: 'integer' },
  },
};
