import { INTERACTION_KINDS } from '@aic/domain';
import { asList, type ListSpec, frenchText } from '../../common/list/list-spec.js';
import type { Interaction } from './interaction.entity.js';

export const interactionListSpec: ListSpec<Interaction> = {
  resource: 'interactions',
  alias: 'interaction',
  sortable: { id: 'interaction.id', occurredAt: 'interaction.occurredAt', kind: 'interaction.kind', title: frenchText('interaction.title'), createdAt: 'interaction.createdAt' },
  defaultSort: ['occurredAt', 'DESC'],
  // Grows season after season (a million journal entries at national scale): totals beyond 10 000 are not counted.
  totalCap: 10_000,
  filters: {
    laureateId: { column: 'interaction.laureateId', type: 'integer' },
    kind: { column: 'interaction.kind', type: 'enum', values: INTERACTION_KINDS },
    /** Entries with an organisation: introduced to it, or taking part. */
    organisationId: {
      type: 'integer',
      apply: (qb, value, param) =>
        void (value === null
          ? qb.andWhere(`(interaction.organisation_id IS NULL AND interaction.organisation_ids = '{}')`)
          : qb.andWhere(`(interaction.organisation_id = ANY(:${param}::integer[]) OR interaction.organisation_ids && :${param}::integer[])`, { [param]: asList(value) })),
    },
    occurredAfter: { column: 'interaction.occurredAt', type: 'date', operator: '>=' },
    occurredBefore: { column: 'interaction.occurredAt', type: 'date', operator: '<=' },
    contactId: {
      type: 'integer',
      apply: (qb, value, param) => void qb.andWhere(`interaction.contact_ids && :${param}::integer[]`, { [param]: asList(value) }),
    },
    userId: {
      type: 'integer',
      apply: (qb, value, param) => void qb.andWhere(`interaction.user_ids && :${param}::integer[]`, { [param]: asList(value) }),
    },
  },
  // By words (title + summary, unaccented): a generated tsvector (migration 1767000000100), searched newest first
  // period by period through the words of each month and year (migration 1767000000500).
  search: { kind: 'words', vector: 'interaction.search_vector', byPeriod: { field: 'occurredAt', column: 'occurred_at' } },
};
