import { GRANT_PURPOSES, GRANT_STATUSES } from '@aic/domain';
import type { ListSpec } from '../../common/list/list-spec.js';
import type { Grant } from './grant.entity.js';

export const grantListSpec: ListSpec<Grant> = {
  resource: 'grants',
  alias: 'grant',
  sortable: { id: 'grant.id', amount: 'grant.amount', status: 'grant.status', agreementSignedOn: 'grant.agreementSignedOn', justificationDueOn: 'grant.justificationDueOn' },
  defaultSort: ['id', 'ASC'],
  filters: {
    laureateId: { column: 'grant.laureateId', type: 'integer' },
    decisionId: { column: 'grant.decisionId', type: 'integer' },
    purpose: { column: 'grant.purpose', type: 'enum', values: GRANT_PURPOSES },
    status: { column: 'grant.status', type: 'enum', values: GRANT_STATUSES },
    seasonId: {
      type: 'integer',
      apply: (qb, value, param) => void qb.andWhere(`grant.laureate_id IN (SELECT id FROM laureates WHERE season_id = :${param})`, { [param]: value }),
    },
  },
};
