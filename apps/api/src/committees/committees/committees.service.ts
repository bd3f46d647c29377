import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor, RequestUser } from '../../common/auth/request-user.js';
import { notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import { findList } from '../../common/list/find-list.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { oneRow, rowHydrator } from '../../common/list/page-rows.js';
import { queryPrepared } from '../../common/sql/prepared.js';
import { laureateReadCondition, readsAllLaureates } from '../../common/scope/laureate-access.js';
import { Committee } from './committee.entity.js';
import { committeeListSpec } from './committees.list-spec.js';
import type { CreateCommitteeDto, UpdateCommitteeDto } from './dto/committee.dto.js';

/** A referent sees the committees where one of their laureates is on the agenda. */
export function committeeReadCondition(user: RequestUser, committeeIdExpression: string): string | null {
  const condition = laureateReadCondition(user, 'ai.laureate_id');
  return condition ? `${committeeIdExpression} IN (SELECT ai.committee_id FROM agenda_items ai WHERE ${condition})` : null;
}

/**
 * The minutes deliberate on every laureate of the agenda: a caller who does not read all laureates (a referent)
 * reads the committee without them (docs/permissions.md).
 */
function withReadableMinutes(user: RequestUser, committee: Committee): Committee {
  return readsAllLaureates(user) ? committee : { ...committee, minutes: null };
}

@Injectable()
export class CommitteesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly writer: RecordWriter,
  ) {}

  query(user: RequestUser) {
    const qb = this.dataSource.getRepository(Committee).createQueryBuilder('committee');
    const condition = committeeReadCondition(user, 'committee.id');
    return condition ? qb.andWhere(condition) : qb;
  }

  async list(query: ListQuery, actor: Actor) {
    const page = await findList(this.query(actor.user), query, committeeListSpec);
    return { ...page, rows: page.rows.map((committee) => withReadableMinutes(actor.user, committee)) };
  }

  async getOrFail(id: number, actor: Actor): Promise<Committee> {
    const committee = committeeReadCondition(actor.user, 'committee.id') === null
      ? await this.byIdForEveryCommitteeReader(id)
      : await oneRow(this.query(actor.user).andWhere('committee.id = :id', { id }));
    if (!committee) throw notFound('committees', id);
    return withReadableMinutes(actor.user, committee);
  }

  /** TypeORM's query of a committee by id ($1), and how to hydrate its row: built once. */
  private byId?: { text: string; hydrate: (raw: Record<string, unknown>) => Committee };

  /**
   * A committee for those who read them all, as TypeORM's `getOne()` gives it: its one text prepared per connection and
   * its row hydrated the same way, without building the query each time (every briefing pack asks for it).
   */
  private async byIdForEveryCommitteeReader(id: number): Promise<Committee | null> {
    if (!this.byId) {
      const qb = this.dataSource.getRepository(Committee).createQueryBuilder('committee').where('committee.id = $1');
      this.byId = { text: qb.getQuery(), hydrate: rowHydrator(qb)! };
    }
    const [raw] = await queryPrepared<Record<string, unknown>>(this.dataSource, 'committee-by-id', this.byId.text, [id]);
    return raw ? this.byId.hydrate(raw) : null;
  }

  create(dto: CreateCommitteeDto, actor: Actor): Promise<Committee> {
    assertHours(dto.startTime ?? null, dto.endTime ?? null);
    return this.writer.transaction(async (em) => {
      await assertMembersExist(em, dto.memberIds);
      return this.writer.create(Committee, 'committees', dto as Partial<Committee>, actor, em);
    });
  }

  update(id: number, dto: UpdateCommitteeDto, actor: Actor): Promise<Committee> {
    const { version, patch } = splitVersion(dto);
    return this.writer.update(Committee, 'committees', id, version, patch as Partial<Committee>, actor, {
      check: async (current, em) => {
        if (current.status === 'closed' && patch.status && patch.status !== 'closed') {
          throw new ConflictException({ message: bilingual('Ce comité est clos : il ne peut pas être rouvert', 'This committee is closed: it cannot be reopened') });
        }
        if (current.status === 'closed' && ((patch.seasonId && patch.seasonId !== current.seasonId) || (patch.kind && patch.kind !== current.kind))) {
          throw new ConflictException({
            message: bilingual('Ce comité est clos : sa saison et sa nature ne changent plus', 'This committee is closed: its season and kind can no longer change'),
          });
        }
        assertHours(patch.startTime === undefined ? current.startTime : patch.startTime, patch.endTime === undefined ? current.endTime : patch.endTime);
        await assertMembersExist(em, patch.memberIds);
      },
    });
  }

  remove(id: number, actor: Actor): Promise<Committee> {
    return this.writer.remove(Committee, 'committees', id, actor, {
      check: (current) => {
        if (current.status === 'closed') throw new ConflictException({ message: bilingual('Un comité clos ne peut pas être supprimé', 'A closed committee cannot be deleted') });
      },
    });
  }
}

async function assertMembersExist(em: EntityManager, memberIds: number[] | undefined): Promise<void> {
  if (!memberIds?.length) return;
  const [{ found }] = await em.query(`SELECT count(*)::int AS found FROM users WHERE id = ANY($1::int[])`, [memberIds]);
  if (found !== new Set(memberIds).size) throw invalidField('memberIds', bilingual('Un des membres choisis est introuvable', 'One of the chosen members cannot be found'));
}

/** An end time needs a start time, before it ('HH:MM' strings compare as times). */
function assertHours(startTime: string | null, endTime: string | null): void {
  if (endTime === null) return;
  if (startTime === null) throw invalidField('endTime', bilingual('Une heure de fin demande une heure de début', 'An end time needs a start time'));
  if (endTime <= startTime) throw invalidField('endTime', bilingual('L’heure de fin suit l’heure de début', 'The end time comes after the start time'));
}
