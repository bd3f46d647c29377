import { ConflictException, ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { definedOnly, notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import { findList } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { LaureateAccess, scopeToReadableLaureates, writesAllLaureates } from '../../common/scope/laureate-access.js';
import { today } from '../../common/dates/today.js';
import { cancelOpenActions, isEnded } from '../actions/cancel-open-actions.js';
import { laureateHistory } from './laureate-history.js';
import { Laureate } from './laureate.entity.js';
import { laureateListSpec } from './laureates.list-spec.js';
import type { CreateLaureateDto, UpdateLaureateDto } from './dto/laureate.dto.js';
import { oneRow } from '../../common/list/page-rows.js';

/** What only a programme lead decides: the season, the manager and the course of the phases. */
const PROGRAMME_FIELDS = ['seasonId', 'accelerationManagerId', 'phase', 'phase2StartedOn', 'endedOn'] as const;

@Injectable()
export class LaureatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
    private readonly access: LaureateAccess,
  ) {}

  private query(actor: Actor) {
    const qb = this.dataSource.getRepository(Laureate).createQueryBuilder('laureate');
    return scopeToReadableLaureates(qb, actor.user, 'laureate.id');
  }

  /**
   * Archived laureates are out of the everyday lists: listed only when asked for (`archived`) or by id (react-admin's
   * getMany, so that the records that point at them still show their name).
   */
  list(query: ListQuery, actor: Actor) {
    const qb = this.query(actor);
    if (!Object.hasOwn(query.filter, 'archived') && !Object.hasOwn(query.filter, 'id')) qb.andWhere('laureate.archivedAt IS NULL');
    return findList(qb, query, laureateListSpec, { json: true });
  }

  async getOrFail(id: number, actor: Actor): Promise<Laureate> {
    const laureate = await oneRow(this.query(actor).andWhere('laureate.id = :id', { id }));
    if (!laureate) throw notFound('laureates', id);
    return laureate;
  }

  create(dto: CreateLaureateDto, actor: Actor): Promise<Laureate> {
    if (!writesAllLaureates(actor.user)) throw new ForbiddenException({ message: bilingual('Seul un pilote du programme peut ajouter un lauréat', 'Only a programme lead can add a laureate') });
    return this.writer.transaction(async (em) => {
      await assertConsistent(em, dto);
      return this.writer.create(Laureate, 'laureates', dto, actor, em);
    });
  }

  /** An accompaniment that ends (completed or stopped) cancels the laureate's open actions in the same transaction. */
  update(id: number, dto: UpdateLaureateDto, actor: Actor): Promise<Laureate> {
    const { version, patch } = splitVersion(dto);
    return this.writer.transaction(async (em) => {
      let ends = false;
      const updated = await this.writer.update(Laureate, 'laureates', id, version, patch, actor, {
        check: async (current, em) => {
          await this.access.assertCanWriteRecord(actor.user, id, 'laureates', id, em);
          assertNotArchived(current);
          const changed = PROGRAMME_FIELDS.filter((f) => patch[f] !== undefined && patch[f] !== current[f]);
          if (changed.length > 0 && !writesAllLaureates(actor.user)) {
            throw new ForbiddenException({
              message: bilingual(`Réservé aux pilotes du programme : ${changed.join(', ')}`, `Programme leads only: ${changed.join(', ')}`),
              fields: changed,
            });
          }
          await assertConsistent(em, { ...current, ...definedOnly(patch) });
          ends = !isEnded(current.phase) && patch.phase !== undefined && isEnded(patch.phase);
        },
      }, em);
      if (ends) await cancelOpenActions(this.writer, em, id, updated.endedOn ?? today(), actor);
      return updated;
    });
  }

  /** What hangs off the laureate, by kind (`{ actions: 3, interactions: 12 }`): a laureate with any is archived, not deleted. */
  async history(id: number, actor: Actor): Promise<{ records: Record<string, number>; deletable: boolean }> {
    await this.getOrFail(id, actor);
    const records = await laureateHistory(this.dataSource.manager, id);
    return { records, deletable: Object.keys(records).length === 0 };
  }

  /**
   * Archive (a programme lead): the laureate leaves the everyday lists, cannot be edited until restored, and its open
   * actions are cancelled like at the end of an accompaniment (so they leave the overdue counts). Audited.
   */
  archive(id: number, version: number, actor: Actor): Promise<Laureate> {
    return this.writer.transaction(async (em) => {
      const archived = await this.writer.update(Laureate, 'laureates', id, version, { archivedAt: new Date() }, actor, {
        check: async (current, em) => {
          await this.assertLeadOnReadable(id, actor, em);
          assertNotArchived(current);
        },
      }, em);
      await cancelOpenActions(this.writer, em, id, `lauréat archivé le ${today()}`, actor);
      return archived;
    });
  }

  /** Restore an archived laureate (its cancelled actions stay cancelled). Audited. */
  restore(id: number, version: number, actor: Actor): Promise<Laureate> {
    return this.writer.update(Laureate, 'laureates', id, version, { archivedAt: null }, actor, {
      check: async (current, em) => {
        await this.assertLeadOnReadable(id, actor, em);
        if (!current.archivedAt) throw new ConflictException({ message: bilingual("Ce lauréat n'est pas archivé", 'This laureate is not archived') });
      },
    });
  }

  private async assertLeadOnReadable(id: number, actor: Actor, em: EntityManager): Promise<void> {
    if (!(await this.access.canRead(actor.user, id, em))) throw notFound('laureates', id);
    if (!writesAllLaureates(actor.user)) throw new ForbiddenException({ message: bilingual('Seul un pilote du programme peut archiver ou restaurer un lauréat', 'Only a programme lead can archive or restore a laureate') });
  }

  remove(id: number, actor: Actor): Promise<Laureate> {
    return this.writer.remove(Laureate, 'laureates', id, actor, {
      check: async (_, em) => {
        if (!(await this.access.canRead(actor.user, id, em))) throw notFound('laureates', id);
        if (!writesAllLaureates(actor.user)) throw new ForbiddenException({ message: bilingual('Seul un pilote du programme peut supprimer un lauréat', 'Only a programme lead can delete a laureate') });
      },
    });
  }
}

function assertNotArchived(laureate: Laureate): void {
  if (laureate.archivedAt) {
    throw new ConflictException({
      message: bilingual('Ce lauréat est archivé : restaurez-le avant de le modifier', 'This laureate is archived: restore it before changing it'),
    });
  }
}

async function assertConsistent(em: EntityManager, l: Partial<Laureate>): Promise<void> {
  if (l.accelerationManagerId) {
    const [user] = await em.query(`SELECT roles, active FROM users WHERE id = $1`, [l.accelerationManagerId]);
    if (!user || !user.roles.includes('acceleration_manager')) {
      throw invalidField('accelerationManagerId', bilingual("Cette personne n'a pas le rôle de chargé d'accélération", 'This person does not have the acceleration manager role'));
    }
  }
  if (l.phase2StartedOn && l.phase === 'phase1') {
    throw invalidField('phase2StartedOn', bilingual('Un lauréat en Phase 1 n’a pas de date de début de Phase 2', 'A laureate in Phase 1 has no Phase 2 start date'));
  }
  if (l.startedOn && l.endedOn && l.endedOn < l.startedOn) {
    throw invalidField('endedOn', bilingual("La fin de l'accompagnement précède son début", 'The accompaniment ends before it starts'));
  }
}
