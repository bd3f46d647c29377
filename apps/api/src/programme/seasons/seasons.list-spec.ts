import { SEASON_STATUSES } from '@aic/domain';
import { type ListSpec, frenchText } from '../../common/list/list-spec.js';
import type { Season } from './season.entity.js';

export const seasonListSpec: ListSpec<Season> = {
  resource: 'seasons',
  alias: 'season',
  sortable: { id: 'season.id', name: frenchText('season.name'), year: 'season.year', status: 'season.status', callOpensOn: 'season.callOpensOn', accompanimentStartsOn: 'season.accompanimentStartsOn', fundingEnvelope: 'season.fundingEnvelope', createdAt: 'season.createdAt' },
  defaultSort: ['year', 'DESC'],
  filters: {
    status: { column: 'season.status', type: 'enum', values: SEASON_STATUSES },
    year: { column: 'season.year', type: 'integer' },
  },
  search: `f_unaccent(lower(season.name || ' ' || coalesce(season.theme, '')))`,
};
