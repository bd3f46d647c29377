import type { ListSpec } from '../../common/list/list-spec.js';
import { DS_SYNC_STATUSES, type DsSync } from './ds-sync.entity.js';

export const dsSyncListSpec: ListSpec<DsSync> = {
  resource: 'ds-syncs',
  alias: 'sync',
  sortable: { id: 'sync.id', callId: 'sync.callId', procedureNumber: 'sync.procedureNumber', status: 'sync.status', lastFinishedAt: 'sync.lastFinishedAt' },
  defaultSort: ['id', 'ASC'],
  filters: {
    callId: { column: 'sync.callId', type: 'integer' },
    status: { column: 'sync.status', type: 'enum', values: DS_SYNC_STATUSES },
    enabled: { column: 'sync.enabled', type: 'boolean' },
  },
};
