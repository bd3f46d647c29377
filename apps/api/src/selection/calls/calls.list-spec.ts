import { CALL_STATUSES, TRACKS } from '@aic/domain';
import { type ListSpec, frenchText } from '../../common/list/list-spec.js';
import type { Call } from './call.entity.js';

export const callListSpec: ListSpec<Call> = {
  resource: 'calls',
  alias: 'call',
  sortable: { id: 'call.id', title: frenchText('call.title'), track: 'call.track', status: 'call.status', opensOn: 'call.opensOn', closesOn: 'call.closesOn', seasonId: 'call.seasonId' },
  defaultSort: ['opensOn', 'DESC'],
  filters: {
    seasonId: { column: 'call.seasonId', type: 'integer' },
    track: { column: 'call.track', type: 'enum', values: TRACKS },
    status: { column: 'call.status', type: 'enum', values: CALL_STATUSES },
  },
  search: `f_unaccent(lower(call.title))`,
};
