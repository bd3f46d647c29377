import { PANELS } from '@aic/domain';
import type { ListSpec } from '../../common/list/list-spec.js';
import type { EvaluatorAssignment } from './evaluator-assignment.entity.js';

export const evaluatorAssignmentListSpec: ListSpec<EvaluatorAssignment> = {
  resource: 'evaluator-assignments',
  alias: 'ea',
  sortable: { id: 'ea.id', applicationId: 'ea.applicationId', evaluatorId: 'ea.evaluatorId', panel: 'ea.panel', createdAt: 'ea.createdAt' },
  defaultSort: ['id', 'ASC'],
  filters: {
    applicationId: { column: 'ea.applicationId', type: 'integer' },
    evaluatorId: { column: 'ea.evaluatorId', type: 'integer' },
    panel: { column: 'ea.panel', type: 'enum', values: PANELS },
    callId: {
      type: 'integer',
      apply: (qb, value, param) => void qb.andWhere(`ea.application_id IN (SELECT id FROM applications WHERE call_id = :${param})`, { [param]: value }),
    },
  },
};
