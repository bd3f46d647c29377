import { HEALTHS, LAUREATE_PHASES, TRACKS } from '@aic/domain';
import { asList, searchWithOrganisation, type ListSpec, frenchText } from '../../common/list/list-spec.js';
import type { Laureate } from './laureate.entity.js';

export const laureateListSpec: ListSpec<Laureate> = {
  resource: 'laureates',
  alias: 'laureate',
  sortable: {
    id: 'laureate.id',
    name: frenchText('laureate.name'),
    phase: 'laureate.phase',
    track: 'laureate.track',
    health: 'laureate.health',
    seasonId: 'laureate.seasonId',
    startedOn: 'laureate.startedOn',
    updatedAt: 'laureate.updatedAt',
  },
  defaultSort: ['name', 'ASC'],
  filters: {
    seasonId: { column: 'laureate.seasonId', type: 'integer' },
    phase: { column: 'laureate.phase', type: 'enum', values: LAUREATE_PHASES },
    track: { column: 'laureate.track', type: 'enum', values: TRACKS },
    health: { column: 'laureate.health', type: 'enum', values: HEALTHS },
    accelerationManagerId: { column: 'laureate.accelerationManagerId', type: 'integer' },
    carrierOrganisationId: { column: 'laureate.carrierOrganisationId', type: 'integer' },
    archived: {
      type: 'boolean',
      apply: (qb, value) => void qb.andWhere(value ? 'laureate.archivedAt IS NOT NULL' : 'laureate.archivedAt IS NULL'),
    },
    renewed: {
      type: 'boolean',
      apply: (qb, value) => void qb.andWhere(value ? 'laureate.phase2StartedOn IS NOT NULL' : 'laureate.phase2StartedOn IS NULL'),
    },
    referentId: {
      type: 'integer',
      apply: (qb, value, param) =>
        void qb.andWhere(`laureate.id IN (SELECT laureate_id FROM referent_assignments WHERE user_id IN (:...${param}))`, {
          [param]: asList(value),
        }),
    },
  },
  // Name and tagline, or the carrier's name: each through its trigram index.
  search: searchWithOrganisation('laureate.search_text', 'laureate.carrier_organisation_id'),
};
