import type { ListSpec } from '../../common/list/list-spec.js';
import type { Diagnostic } from './diagnostic.entity.js';

export const diagnosticListSpec: ListSpec<Diagnostic> = {
  resource: 'diagnostics',
  alias: 'diagnostic',
  sortable: { id: 'diagnostic.id', heldOn: 'diagnostic.heldOn', seasonId: 'diagnostic.seasonId', createdAt: 'diagnostic.createdAt' },
  defaultSort: ['heldOn', 'DESC'],
  filters: {
    laureateId: { column: 'diagnostic.laureateId', type: 'integer' },
    seasonId: { column: 'diagnostic.seasonId', type: 'integer' },
  },
};
