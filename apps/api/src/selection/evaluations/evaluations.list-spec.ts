import { EVALUATION_STATUSES, PANELS } from '@aic/domain';
import type { ListSpec } from '../../common/list/list-spec.js';
import type { Evaluation } from './evaluation.entity.js';

export const evaluationListSpec: ListSpec<Evaluation> = {
  resource: 'evaluations',
  alias: 'ev',
  sortable: { id: 'ev.id', applicationId: 'ev.applicationId', evaluatorId: 'ev.evaluatorId', status: 'ev.status', submittedAt: 'ev.submittedAt', updatedAt: 'ev.updatedAt' },
  defaultSort: ['id', 'ASC'],
  filters: {
    applicationId: { column: 'ev.applicationId', type: 'integer' },
    evaluatorId: { column: 'ev.evaluatorId', type: 'integer' },
    panel: { column: 'ev.panel', type: 'enum', values: PANELS },
    status: { column: 'ev.status', type: 'enum', values: EVALUATION_STATUSES },
    conflictOfInterest: { column: 'ev.conflictOfInterest', type: 'boolean' },
    callId: {
      type: 'integer',
      apply: (qb, value, param) => void qb.andWhere(`ev.application_id IN (SELECT id FROM applications WHERE call_id = :${param})`, { [param]: value }),
    },
  },
};
