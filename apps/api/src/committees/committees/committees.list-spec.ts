import { COMMITTEE_KINDS, COMMITTEE_STATUSES } from '@aic/domain';
import { type ListSpec, frenchText } from '../../common/list/list-spec.js';
import type { Committee } from './committee.entity.js';

export const committeeListSpec: ListSpec<Committee> = {
  resource: 'committees',
  alias: 'committee',
  sortable: { id: 'committee.id', heldOn: 'committee.heldOn', title: frenchText('committee.title'), kind: 'committee.kind', status: 'committee.status' },
  defaultSort: ['heldOn', 'DESC'],
  filters: {
    seasonId: { column: 'committee.seasonId', type: 'integer' },
    kind: { column: 'committee.kind', type: 'enum', values: COMMITTEE_KINDS },
    status: { column: 'committee.status', type: 'enum', values: COMMITTEE_STATUSES },
  },
  search: `f_unaccent(lower(committee.title || ' ' || coalesce(committee.place, '')))`,
};
