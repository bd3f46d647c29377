import { PARTNERSHIP_PURPOSES, PARTNERSHIP_STATUSES } from '@aic/domain';
import type { ListSpec } from '../../common/list/list-spec.js';
import type { Partnership } from './partnership.entity.js';

export const partnershipListSpec: ListSpec<Partnership> = {
  resource: 'partnerships',
  alias: 'partnership',
  sortable: { id: 'partnership.id', status: 'partnership.status', purpose: 'partnership.purpose', since: 'partnership.since', updatedAt: 'partnership.updatedAt' },
  defaultSort: ['since', 'DESC'],
  filters: {
    laureateId: { column: 'partnership.laureateId', type: 'integer' },
    organisationId: { column: 'partnership.organisationId', type: 'integer' },
    contactId: { column: 'partnership.contactId', type: 'integer' },
    purpose: { column: 'partnership.purpose', type: 'enum', values: PARTNERSHIP_PURPOSES },
    status: { column: 'partnership.status', type: 'enum', values: PARTNERSHIP_STATUSES },
  },
};
