import { COMMITMENT_KINDS, COMMITMENT_STATUSES } from '@aic/domain';
import type { ListSpec } from '../../common/list/list-spec.js';
import type { Commitment } from './commitment.entity.js';

export const commitmentListSpec: ListSpec<Commitment> = {
  resource: 'commitments',
  alias: 'commitment',
  sortable: { id: 'commitment.id', dueOn: 'commitment.dueOn', status: 'commitment.status', amount: 'commitment.amount', kind: 'commitment.kind' },
  defaultSort: ['dueOn', 'ASC'],
  filters: {
    laureateId: { column: 'commitment.laureateId', type: 'integer' },
    committeeId: { column: 'commitment.committeeId', type: 'integer' },
    organisationId: { column: 'commitment.organisationId', type: 'integer' },
    kind: { column: 'commitment.kind', type: 'enum', values: COMMITMENT_KINDS },
    status: { column: 'commitment.status', type: 'enum', values: COMMITMENT_STATUSES },
    seasonId: {
      type: 'integer',
      apply: (qb, value, param) => void qb.andWhere(`commitment.laureate_id IN (SELECT id FROM laureates WHERE season_id = :${param})`, { [param]: value }),
    },
  },
  search: `f_unaccent(lower(commitment.description))`,
};
