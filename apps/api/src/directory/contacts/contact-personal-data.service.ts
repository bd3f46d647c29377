import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { notFound } from '../../common/crud/record-writer.js';
import { AuditService } from '../../platform/audit-events/audit.service.js';

/** The contact's fields that identify a person: blanked by anonymisation, here and in the record's past audit events. */
export const PERSONAL_FIELDS = ['firstName', 'lastName', 'email', 'phone', 'jobTitle', 'notes', 'laureates'] as const;

/** TypeORM answers an UPDATE or DELETE … RETURNING with `[rows, affected]`, a SELECT with the rows. */
const returned = <T>(result: T[] | [T[], number]): T[] => (Array.isArray(result[0]) ? (result[0] as T[]) : (result as T[]));

export const anonymisedName = (id: number) => ({ firstName: 'Contact', lastName: `anonymisé #${id}` });

/** Right of access: everything held about one contact, from every table that names them, and nothing of anyone else. */
export interface ContactPersonalData {
  exportedAt: string;
  contact: Record<string, unknown>;
  projectTeams: Array<{ laureateId: number; laureateName: string; role: string | null }>;
  partnerships: Array<Record<string, unknown>>;
  interactions: Array<Record<string, unknown>>;
  history: Array<{ occurredAt: string; action: string; changes: unknown }>;
}

export interface AnonymiseResult {
  id: number;
  anonymisedAt: string;
  /** False when the contact was anonymised before (the call changed nothing). */
  changed: boolean;
  interactions: number;
  partnerships: number;
  projectTeams: number;
  redactedAuditEvents: number;
}

/**
 * The contact's rights under the GDPR (docs/personal-data.md): access (a JSON export) and erasure (anonymisation
 * that keeps the programme's history: journal entries keep their date and laureate, lose the person).
 */
@Injectable()
export class ContactPersonalDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Read in one snapshot, and the export is audited in the same transaction. */
  export(id: number, actor: Actor): Promise<ContactPersonalData> {
    return this.dataSource.transaction('REPEATABLE READ', async (em) => {
      const [contact] = await em.query(
        `SELECT c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.email, c.phone, c.job_title AS "jobTitle", c.notes,
                c.organisation_id AS "organisationId", o.name AS "organisationName",
                c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.anonymised_at AS "anonymisedAt"
           FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id WHERE c.id = $1`,
        [id],
      );
      if (!contact) throw notFound('contacts', id);
      const projectTeams = await em.query(
        `SELECT lc.laureate_id AS "laureateId", l.name AS "laureateName", lc.role
           FROM laureate_contacts lc JOIN laureates l ON l.id = lc.laureate_id WHERE lc.contact_id = $1 ORDER BY l.name, l.id`,
        [id],
      );
      const partnerships = await em.query(
        `SELECT p.id, p.laureate_id AS "laureateId", l.name AS "laureateName", p.organisation_id AS "organisationId",
                o.name AS "organisationName", p.purpose, p.status, p.since, p.notes
           FROM partnerships p JOIN laureates l ON l.id = p.laureate_id JOIN organisations o ON o.id = p.organisation_id
          WHERE p.contact_id = $1 ORDER BY p.id`,
        [id],
      );
      // The entries they took part in, without the other participants (their data is not theirs to receive).
      const interactions = await em.query(
        `SELECT i.id, i.laureate_id AS "laureateId", l.name AS "laureateName", i.kind, i.occurred_at AS "occurredAt",
                i.title, i.summary, i.follow_up AS "followUp", i.follow_up_due_on AS "followUpDueOn"
           FROM interactions i JOIN laureates l ON l.id = i.laureate_id
          WHERE i.contact_ids @> ARRAY[$1::int] ORDER BY i.occurred_at, i.id`,
        [id],
      );
      // Their record's history; who on the staff made each change is the staff's data, not theirs.
      const history = await em.query(
        `SELECT occurred_at AS "occurredAt", action, changes FROM audit_events
          WHERE resource = 'contacts' AND record_id = $1 ORDER BY occurred_at, id`,
        [String(id)],
      );
      await this.audit.record(em, actor, 'contacts', id, 'export', {
        exported: { before: null, after: { projectTeams: projectTeams.length, partnerships: partnerships.length, interactions: interactions.length } },
      });
      return { exportedAt: new Date().toISOString(), contact, projectTeams, partnerships, interactions, history };
    });
  }

  /**
   * Right to erasure. The row stays (a tombstone with its organisation) so that ids in the history still resolve;
   * a second call changes nothing and writes nothing.
   */
  anonymise(id: number, actor: Actor): Promise<AnonymiseResult> {
    return this.dataSource.transaction(async (em) => {
      const [current] = await em.query(`SELECT * FROM contacts WHERE id = $1 FOR UPDATE`, [id]);
      if (!current) throw notFound('contacts', id);
      if (current.anonymised_at) {
        return { id, anonymisedAt: new Date(current.anonymised_at).toISOString(), changed: false, interactions: 0, partnerships: 0, projectTeams: 0, redactedAuditEvents: 0 };
      }
      const teams = returned<{ laureate_id: number }>(await em.query(`DELETE FROM laureate_contacts WHERE contact_id = $1 RETURNING laureate_id`, [id]));
      const interactions = await this.leaveJournal(em, id, actor);
      const partnerships = await this.leavePartnerships(em, id, actor);
      // Past events first, so that the values just removed do not survive there either.
      const [{ redacted }] = await em.query(`SELECT redact_audit_personal_data('contacts', $1, $2, $3, $4, $5) AS redacted`, [
        String(id),
        [...PERSONAL_FIELDS],
        actor.user.id,
        actor.user.email,
        actor.requestId,
      ]);
      const name = anonymisedName(id);
      const [{ anonymised_at }] = returned<{ anonymised_at: Date }>(
        await em.query(
          `UPDATE contacts SET first_name = $2, last_name = $3, email = NULL, phone = NULL, job_title = NULL, notes = NULL,
                anonymised_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING anonymised_at`,
          [id, name.firstName, name.lastName],
        ),
      );
      const gone = (value: unknown) => (value === null ? null : '***');
      await this.audit.record(em, actor, 'contacts', id, 'anonymise', {
        firstName: { before: '***', after: name.firstName },
        lastName: { before: '***', after: name.lastName },
        email: { before: gone(current.email), after: null },
        phone: { before: gone(current.phone), after: null },
        jobTitle: { before: gone(current.job_title), after: null },
        notes: { before: gone(current.notes), after: null },
        laureates: { before: teams.length ? '***' : [], after: [] },
        anonymisedAt: { before: null, after: new Date(anonymised_at).toISOString() },
      });
      return {
        id,
        anonymisedAt: new Date(anonymised_at).toISOString(),
        changed: true,
        interactions,
        partnerships,
        projectTeams: teams.length,
        redactedAuditEvents: Number(redacted),
      };
    });
  }

  /** Journal entries keep their date, laureate and text; the person leaves their participants (audited per entry). */
  private async leaveJournal(em: EntityManager, id: number, actor: Actor): Promise<number> {
    const rows = returned<{ id: number; before: number[]; after: number[] }>(
      await em.query(
      `UPDATE interactions i SET contact_ids = array_remove(i.contact_ids, $1), version = i.version + 1, updated_at = now()
         FROM interactions old WHERE old.id = i.id AND i.contact_ids @> ARRAY[$1::int]
       RETURNING i.id, old.contact_ids AS before, i.contact_ids AS after`,
        [id],
      ),
    );
    for (const row of rows) await this.audit.record(em, actor, 'interactions', row.id, 'update', { contactIds: { before: row.before, after: row.after } });
    return rows.length;
  }

  /** Partnerships stay (organisation, purpose, status); they lose their named contact. */
  private async leavePartnerships(em: EntityManager, id: number, actor: Actor): Promise<number> {
    const rows = returned<{ id: number }>(
      await em.query(`UPDATE partnerships SET contact_id = NULL, version = version + 1, updated_at = now() WHERE contact_id = $1 RETURNING id`, [id]),
    );
    for (const row of rows) await this.audit.record(em, actor, 'partnerships', row.id, 'update', { contactId: { before: id, after: null } });
    return rows.length;
  }
}
