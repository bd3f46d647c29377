import type { CarrierKind, OrganisationKind } from '@aic/domain';
import { ConflictException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Laureate } from '../../accompaniment/laureates/laureate.entity.js';
import type { Actor } from '../../common/auth/request-user.js';
import { notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { Contact } from '../../directory/contacts/contact.entity.js';
import { Organisation } from '../../directory/organisations/organisation.entity.js';
import { Application } from './application.entity.js';
import { STATUS_WORDS } from './application-status.js';

/** The kind of a carrier organisation created from an application (an administration's exact kind is not asked). */
const ORGANISATION_KIND: Record<CarrierKind, OrganisationKind> = { association: 'association', both: 'association', administration: 'other', other: 'other' };

/** Key of the transaction-level advisory lock that serialises promotions ('AIC' 'P' in ASCII). */
const PROMOTION_LOCK = 0x41494350;

/** The role of the application's contact in the laureate's team. */
export const APPLICANT_ROLE = 'Contact de la candidature';

export interface Promotion {
  applicationId: number;
  laureateId: number;
  carrierOrganisationId: number | null;
  contactId: number | null;
  /** What this call created (false everywhere when the application was already promoted or things existed). */
  created: { laureate: boolean; organisation: boolean; contact: boolean };
}

/**
 * A selected application becomes a laureate, in one transaction, every write audited: its carrier organisation
 * (found by SIRET, then RNA, then normalised name with aic_name_key, else created), the laureate (season and track of
 * the call, mission from the summary; one of the same season and normalised name not yet linked to an application is
 * taken instead), the applicant as a contact of the laureate's team (found by normalised e-mail, else created), and
 * the application's laureateId. Idempotent: an application already promoted answers its laureate and creates nothing.
 */
@Injectable()
export class PromotionService {
  constructor(private readonly writer: RecordWriter) {}

  promote(id: number, actor: Actor): Promise<Promotion> {
    return this.writer.transaction(async (em) => {
      // One promotion at a time: two at once would both miss the organisation (or laureate) the other is creating.
      await em.query(`SELECT pg_advisory_xact_lock($1)`, [PROMOTION_LOCK]);
      const application = await em.findOne(Application, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!application) throw notFound('applications', id);
      if (application.laureateId !== null) return alreadyPromoted(em, application);
      if (application.status !== 'selected') {
        throw new ConflictException({
          message: bilingual(
            `Seule une candidature sélectionnée devient lauréat (celle-ci est « ${STATUS_WORDS[application.status].fr} »)`,
            `Only a selected application becomes a laureate (this one is “${STATUS_WORDS[application.status].en}”)`,
          ),
        });
      }
      const created = { laureate: false, organisation: false, contact: false };
      let organisationId = await findOrganisation(em, application);
      if (organisationId === null) {
        const organisation = await this.writer.create(Organisation, 'organisations', {
          name: application.carrierName,
          kind: ORGANISATION_KIND[application.carrierKind ?? 'other'],
          siret: application.carrierSiret,
          rna: application.carrierRna,
        }, actor, em);
        organisationId = organisation.id;
        created.organisation = true;
      }
      const [call] = await em.query(`SELECT track FROM calls WHERE id = $1`, [application.callId]);
      const [existing] = await em.query(
        `SELECT id FROM laureates l WHERE season_id = $1 AND aic_name_key(name) = aic_name_key($2)
            AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.laureate_id = l.id)`,
        [application.seasonId, application.projectName],
      );
      let laureateId: number = existing?.id;
      if (!existing) {
        const laureate = await this.writer.create(Laureate, 'laureates', {
          seasonId: application.seasonId,
          name: application.projectName,
          track: call.track,
          carrierOrganisationId: organisationId,
          mission: application.summary,
        }, actor, em);
        laureateId = laureate.id;
        created.laureate = true;
      }
      let contactId: number | null = null;
      if (application.contactEmail || application.contactName) {
        contactId = await findContact(em, application.contactEmail);
        if (contactId === null) {
          const contact = await this.writer.create(Contact, 'contacts', { ...splitName(application), email: application.contactEmail, organisationId }, actor, em);
          contactId = contact.id;
          created.contact = true;
        }
        await em.query(`INSERT INTO laureate_contacts (laureate_id, contact_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [laureateId, contactId, APPLICANT_ROLE]);
      }
      await this.writer.update(Application, 'applications', id, application.version, { laureateId }, actor, {}, em);
      return { applicationId: id, laureateId, carrierOrganisationId: organisationId, contactId, created };
    });
  }
}

async function alreadyPromoted(em: EntityManager, application: Application): Promise<Promotion> {
  const [laureate] = await em.query(`SELECT carrier_organisation_id FROM laureates WHERE id = $1`, [application.laureateId]);
  const [contact] = await em.query(`SELECT contact_id FROM laureate_contacts WHERE laureate_id = $1 AND role = $2 ORDER BY contact_id LIMIT 1`, [application.laureateId, APPLICANT_ROLE]);
  return {
    applicationId: application.id,
    laureateId: application.laureateId!,
    carrierOrganisationId: laureate?.carrier_organisation_id ?? null,
    contactId: contact?.contact_id ?? null,
    created: { laureate: false, organisation: false, contact: false },
  };
}

async function findOrganisation(em: EntityManager, a: Application): Promise<number | null> {
  const [found] = await em.query(
    `SELECT id FROM organisations
      WHERE ($1::text IS NOT NULL AND siret = $1) OR ($2::text IS NOT NULL AND rna = $2) OR aic_name_key(name) = aic_name_key($3)
      ORDER BY (siret IS NOT DISTINCT FROM $1) DESC, (rna IS NOT DISTINCT FROM $2) DESC, id LIMIT 1`,
    [a.carrierSiret, a.carrierRna, a.carrierName],
  );
  return found?.id ?? null;
}

async function findContact(em: EntityManager, email: string | null): Promise<number | null> {
  if (!email) return null;
  const [found] = await em.query(`SELECT id FROM contacts WHERE anonymised_at IS NULL AND aic_name_key(email) = aic_name_key($1) ORDER BY id LIMIT 1`, [email]);
  return found?.id ?? null;
}

/** "Dominique Fictif" → Dominique / Fictif; a single word is the last name; no name: the e-mail's local part. */
export function splitName(a: Pick<Application, 'contactName' | 'contactEmail'>): { firstName: string; lastName: string } {
  const words = (a.contactName ?? a.contactEmail?.split('@')[0] ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { firstName: '', lastName: words[0] ?? '' };
  return { firstName: words[0], lastName: words.slice(1).join(' ') };
}
