import { asList, searchWithOrganisation, type ListSpec, frenchText } from '../../common/list/list-spec.js';
import type { Contact } from './contact.entity.js';

export const contactListSpec: ListSpec<Contact> = {
  resource: 'contacts',
  alias: 'contact',
  sortable: { id: 'contact.id', lastName: frenchText('contact.lastName'), firstName: frenchText('contact.firstName'), email: frenchText('contact.email'), jobTitle: frenchText('contact.jobTitle'), createdAt: 'contact.createdAt', updatedAt: 'contact.updatedAt' },
  defaultSort: ['lastName', 'ASC'],
  filters: {
    organisationId: { column: 'contact.organisationId', type: 'integer' },
    laureateId: {
      type: 'integer',
      apply: (qb, value, param) =>
        void qb.andWhere(`contact.id IN (SELECT contact_id FROM laureate_contacts WHERE laureate_id IN (:...${param}))`, {
          [param]: asList(value),
        }),
    },
  },
  // Names and e-mail, or the organisation's name: each through its trigram index.
  search: searchWithOrganisation('contact.search_text', 'contact.organisation_id'),
};
