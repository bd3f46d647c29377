import { REFERENT_KINDS } from '@aic/domain';
import type { ListSpec } from '../../common/list/list-spec.js';
import type { ReferentAssignment } from './referent-assignment.entity.js';

export const referentAssignmentListSpec: ListSpec<ReferentAssignment> = {
  resource: 'referent-assignments',
  alias: 'assignment',
  sortable: { id: 'assignment.id', kind: 'assignment.kind', since: 'assignment.since', createdAt: 'assignment.createdAt' },
  defaultSort: ['kind', 'ASC'],
  filters: {
    laureateId: { column: 'assignment.laureateId', type: 'integer' },
    userId: { column: 'assignment.userId', type: 'integer' },
    organisationId: { column: 'assignment.organisationId', type: 'integer' },
    kind: { column: 'assignment.kind', type: 'enum', values: REFERENT_KINDS },
  },
};
