import { ConflictException, ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { hasRole, type Actor, type RequestUser } from '../../common/auth/request-user.js';
import { notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { findList, type JsonListPage, type ListPage } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { LaureateAccess, laureateReadCondition, writesAllLaureates } from '../../common/scope/laureate-access.js';
import { APP_CONFIG } from '../../app-config.provider.js';
import type { AppConfig } from '../../config.js';
import { Contact, type LaureateMembership } from './contact.entity.js';
import { contactListSpec, RETENTION_MONTHS_PARAMETER } from './contacts.list-spec.js';
import type { CreateContactDto, UpdateContactDto } from './dto/contact.dto.js';
import { oneRow } from '../../common/list/page-rows.js';

/** The contact's laureates (`laureates`), as `withMemberships` adds them, written by PostgreSQL with the page. */
const membershipsJson = (id: string) => ({
  laureates: `SELECT coalesce(json_agg(json_build_object('laureateId', lc.laureate_id, 'role', lc.role) ORDER BY lc.laureate_id), '[]') FROM laureate_contacts lc WHERE lc.contact_id = ${id}`,
});

/**
 * Contacts hang off laureates through project teams (laureate_contacts) and partnerships: a referent reads
 * those of their laureates; a manager changes contacts of their laureates (teams or partnerships), or contacts of no laureate yet.
 */
@Injectable()
export class ContactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
    private readonly access: LaureateAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private query(user: RequestUser) {
    const qb = this.dataSource.getRepository(Contact).createQueryBuilder('contact');
    qb.setParameter(RETENTION_MONTHS_PARAMETER, this.config.contactRetentionMonths);
    const team = laureateReadCondition(user, 'lc.laureate_id');
    const partner = laureateReadCondition(user, 'p.laureate_id');
    if (team) {
      qb.andWhere(
        `(contact.id IN (SELECT lc.contact_id FROM laureate_contacts lc WHERE ${team}) OR contact.id IN (SELECT p.contact_id FROM partnerships p WHERE ${partner}))`,
      );
    }
    return qb;
  }

  async list(query: ListQuery, actor: Actor): Promise<ListPage<Contact> | JsonListPage> {
    const page = await findList(this.query(actor.user), query, contactListSpec, { json: true, jsonFields: membershipsJson });
    return 'json' in page ? page : { ...page, rows: await this.withMemberships(page.rows) };
  }

  async getOrFail(id: number, actor: Actor): Promise<Contact> {
    const contact = await oneRow(this.query(actor.user).andWhere('contact.id = :id', { id }));
    if (!contact) throw notFound('contacts', id);
    return (await this.withMemberships([contact]))[0];
  }

  create(dto: CreateContactDto, actor: Actor): Promise<Contact> {
    const { laureates = [], ...values } = dto;
    return this.writer.transaction(async (em) => {
      await this.assertCanChangeMemberships(actor.user, [], laureates, em);
      return this.writer.create(Contact, 'contacts', values, actor, em, async (created, tx) => ({
        laureates: await replaceMemberships(tx, created.id, laureates),
      }));
    });
  }

  async update(id: number, dto: UpdateContactDto, actor: Actor): Promise<Contact> {
    const { version, patch } = splitVersion(dto);
    const { laureates, ...values } = patch;
    const updated = await this.writer.update(Contact, 'contacts', id, version, { ...values, laureates } as Partial<Contact>, actor, {
      check: async (current, em) => {
        current.laureates = await membershipsOf(em, id);
        await this.assertCanChangeContact(actor.user, current, em);
        if (current.anonymisedAt) {
          throw new ConflictException({
            message: bilingual('Ce contact a été anonymisé : il ne peut plus être modifié', 'This contact was anonymised: it can no longer be changed'),
          });
        }
        if (laureates) {
          await this.assertCanChangeMemberships(actor.user, current.laureates, laureates, em);
          await replaceMemberships(em, id, laureates);
        }
      },
    });
    return (await this.withMemberships([updated]))[0];
  }

  remove(id: number, actor: Actor): Promise<Contact> {
    return this.writer.remove(Contact, 'contacts', id, actor, {
      check: async (current, em) => {
        current.laureates = await membershipsOf(em, id);
        await this.assertCanChangeContact(actor.user, current, em);
      },
    });
  }

  /**
   * A manager changes a contact of a team of a laureate they manage; a contact of no team, if one of their laureates'
   * partnerships names it or none does (a team member is not taken over by naming them in a partnership).
   */
  private async assertCanChangeContact(user: RequestUser, contact: Contact, em: EntityManager): Promise<void> {
    const visible = await this.query(user).andWhere('contact.id = :id', { id: contact.id }).getExists();
    if (!visible) throw notFound('contacts', contact.id);
    if (writesAllLaureates(user)) return;
    const teams = (contact.laureates ?? []).map((m) => m.laureateId);
    const linked = teams.length > 0
      ? teams
      : (await em.query(`SELECT DISTINCT laureate_id FROM partnerships WHERE contact_id = $1`, [contact.id])).map((r: { laureate_id: number }) => r.laureate_id);
    const manages = await this.managedAmong(user, linked, em);
    if (!hasRole(user, 'acceleration_manager') || (linked.length > 0 && manages.length === 0)) {
      throw new ForbiddenException({
        message: bilingual('Ce contact est rattaché à un lauréat que vous n’accompagnez pas', 'This contact belongs to a laureate you do not accompany'),
      });
    }
  }

  /** Every team joined or left must be one the caller may write. */
  private async assertCanChangeMemberships(user: RequestUser, before: LaureateMembership[], after: LaureateMembership[], em: EntityManager): Promise<void> {
    const was = new Set(before.map((m) => m.laureateId));
    const will = new Set(after.map((m) => m.laureateId));
    const touched = [...will].filter((id) => !was.has(id)).concat([...was].filter((id) => !will.has(id)));
    for (const laureateId of touched) await this.access.assertCanWrite(user, laureateId, em, 'laureates');
  }

  private async managedAmong(user: RequestUser, laureateIds: number[], em: EntityManager): Promise<number[]> {
    if (laureateIds.length === 0) return [];
    const rows = await em.query(`SELECT id FROM laureates WHERE id = ANY($1::int[]) AND acceleration_manager_id = $2`, [laureateIds, user.id]);
    return rows.map((r: { id: number }) => r.id);
  }

  /** One query for the whole page, not one per contact (`membershipsJson` when PostgreSQL writes the page). */
  private async withMemberships(contacts: Contact[]): Promise<Contact[]> {
    if (contacts.length === 0) return contacts;
    const rows: Array<{ contact_id: number; laureate_id: number; role: string | null }> = await this.dataSource.query(
      `SELECT contact_id, laureate_id, role FROM laureate_contacts WHERE contact_id = ANY($1::int[]) ORDER BY laureate_id`,
      [contacts.map((c) => c.id)],
    );
    return contacts.map((c) => ({
      ...c,
      laureates: rows.filter((r) => r.contact_id === c.id).map((r) => ({ laureateId: r.laureate_id, role: r.role })),
    }));
  }
}

async function membershipsOf(em: EntityManager, contactId: number): Promise<LaureateMembership[]> {
  const rows = await em.query(`SELECT laureate_id, role FROM laureate_contacts WHERE contact_id = $1 ORDER BY laureate_id`, [contactId]);
  return rows.map((r: { laureate_id: number; role: string | null }) => ({ laureateId: r.laureate_id, role: r.role }));
}

async function replaceMemberships(em: EntityManager, contactId: number, memberships: LaureateMembership[]): Promise<LaureateMembership[]> {
  const unique = [...new Map(memberships.map((m) => [m.laureateId, { laureateId: m.laureateId, role: m.role ?? null }])).values()].sort(
    (a, b) => a.laureateId - b.laureateId,
  );
  await em.query(`DELETE FROM laureate_contacts WHERE contact_id = $1`, [contactId]);
  for (const m of unique) {
    await em.query(`INSERT INTO laureate_contacts (laureate_id, contact_id, role) VALUES ($1, $2, $3)`, [m.laureateId, contactId, m.role]);
  }
  return unique;
}
