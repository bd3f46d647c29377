import { type ListSpec, frenchText } from '../../common/list/list-spec.js';
import type { Season } from '../../programme/seasons/season.entity.js';

/** The seasons as the publication screen lists them (one row per season). */
export const seasonPublicationListSpec: ListSpec<Season> = {
  resource: 'season-publications',
  alias: 'season',
  sortable: { id: 'season.id', year: 'season.year', seasonName: frenchText('season.name') },
  defaultSort: ['year', 'DESC'],
  filters: {
    published: {
      type: 'boolean',
      apply: (qb, value) =>
        void qb.andWhere(`${value ? '' : 'NOT '}EXISTS (SELECT 1 FROM season_publications p WHERE p.season_id = season.id AND p.published_at IS NOT NULL)`),
    },
  },
};
