import { ORGANISATION_KINDS } from '@aic/domain';
import { type ListSpec, frenchText } from '../../common/list/list-spec.js';
import type { Organisation } from './organisation.entity.js';

export const organisationListSpec: ListSpec<Organisation> = {
  resource: 'organisations',
  alias: 'org',
  sortable: { id: 'org.id', name: frenchText('org.name'), kind: 'org.kind', acronym: frenchText('org.acronym'), territory: frenchText('org.territory'), createdAt: 'org.createdAt' },
  defaultSort: ['name', 'ASC'],
  filters: {
    kind: { column: 'org.kind', type: 'enum', values: ORGANISATION_KINDS },
    parentId: { column: 'org.parentId', type: 'integer' },
    territory: { column: 'org.territory', type: 'text', operator: 'contains' },
  },
  // Generated column (name + acronym, unaccented, lowercased) with a trigram index.
  search: 'org.search_text',
};
