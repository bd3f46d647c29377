import type { ListSpec } from '../../common/list/list-spec.js';
import type { AgendaItem } from './agenda-item.entity.js';

export const agendaItemListSpec: ListSpec<AgendaItem> = {
  resource: 'agenda-items',
  alias: 'item',
  sortable: { id: 'item.id', position: 'item.position', requestedFunding: 'item.requestedFunding' },
  defaultSort: ['position', 'ASC'],
  filters: {
    committeeId: { column: 'item.committeeId', type: 'integer' },
    laureateId: { column: 'item.laureateId', type: 'integer' },
  },
};
