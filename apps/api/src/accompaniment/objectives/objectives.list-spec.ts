import { AXES, OBJECTIVE_STATUSES } from '@aic/domain';
import { type ListSpec, frenchText } from '../../common/list/list-spec.js';
import type { Objective } from './objective.entity.js';

export const objectiveListSpec: ListSpec<Objective> = {
  resource: 'objectives',
  alias: 'objective',
  sortable: { id: 'objective.id', title: frenchText('objective.title'), axis: 'objective.axis', status: 'objective.status', targetDate: 'objective.targetDate', createdAt: 'objective.createdAt' },
  defaultSort: ['axis', 'ASC'],
  filters: {
    laureateId: { column: 'objective.laureateId', type: 'integer' },
    diagnosticId: { column: 'objective.diagnosticId', type: 'integer' },
    axis: { column: 'objective.axis', type: 'enum', values: AXES },
    status: { column: 'objective.status', type: 'enum', values: OBJECTIVE_STATUSES },
  },
  search: `f_unaccent(lower(objective.title || ' ' || coalesce(objective.description, '')))`,
};
