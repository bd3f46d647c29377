import { ACCOMPANIED_PHASES_SQL } from '../../accompaniment/laureates/accompanied-phases.js';
import { asList, frenchText, searchWithOrganisation, type ListSpec } from '../../common/list/list-spec.js';
import type { Contact } from './contact.entity.js';

/** Query parameter holding the retention period in months (set by ContactsService from AIC_CONTACT_RETENTION_MONTHS). */
export const RETENTION_MONTHS_PARAMETER = 'retentionMonths';
export const DEFAULT_CONTACT_RETENTION_MONTHS = 36;

/** Every laureate the contact is linked to: project teams, partnerships they are the contact of, journal entries they took part in. */
const linkedLaureates = `(SELECT lc.laureate_id FROM laureate_contacts lc WHERE lc.contact_id = contact.id
    UNION SELECT p.laureate_id FROM partnerships p WHERE p.contact_id = contact.id
    UNION SELECT i.laureate_id FROM interactions i WHERE i.contact_ids @> ARRAY[contact.id])`;

/**
 * Retention is over (docs/personal-data.md): not anonymised yet, linked to no laureate still accompanied, and the
 * last sign of use — the contact's own last change, the end of its laureates' accompaniment, the last journal entry
 * they took part in — is older than the retention period.
 */
export const RETENTION_DUE = `(contact.anonymised_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM laureates l WHERE l.id IN ${linkedLaureates}
                  AND l.phase IN ${ACCOMPANIED_PHASES_SQL})
  AND greatest(contact.updated_at,
        (SELECT max(coalesce(l.ended_on::timestamptz, l.updated_at)) FROM laureates l WHERE l.id IN ${linkedLaureates}),
        (SELECT max(i.occurred_at) FROM interactions i WHERE i.contact_ids @> ARRAY[contact.id]))
      < now() - make_interval(months => :${RETENTION_MONTHS_PARAMETER}))`;

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
    anonymised: {
      type: 'boolean',
      apply: (qb, value) => void qb.andWhere(value ? 'contact.anonymised_at IS NOT NULL' : 'contact.anonymised_at IS NULL'),
    },
    retentionDue: {
      type: 'boolean',
      apply: (qb, value) => {
        if (value === null) return;
        const wanted = new Set(asList(value));
        if (wanted.has(true) && wanted.has(false)) return;
        if (!(RETENTION_MONTHS_PARAMETER in qb.getParameters())) qb.setParameter(RETENTION_MONTHS_PARAMETER, DEFAULT_CONTACT_RETENTION_MONTHS);
        if (wanted.has(true)) qb.andWhere(RETENTION_DUE);
        else if (wanted.has(false)) qb.andWhere(`NOT ${RETENTION_DUE}`);
        else qb.andWhere('false');
      },
    },
  },
  // Names and e-mail, or the organisation's name: each through its trigram index.
  search: searchWithOrganisation('contact.search_text', 'contact.organisation_id'),
};
