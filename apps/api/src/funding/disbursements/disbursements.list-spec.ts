import type { ListSpec } from '../../common/list/list-spec.js';
import type { Disbursement } from './disbursement.entity.js';

export const disbursementListSpec: ListSpec<Disbursement> = {
  resource: 'disbursements',
  alias: 'disbursement',
  sortable: { id: 'disbursement.id', paidOn: 'disbursement.paidOn', amount: 'disbursement.amount' },
  defaultSort: ['paidOn', 'DESC'],
  filters: {
    grantId: { column: 'disbursement.grantId', type: 'integer' },
  },
};
