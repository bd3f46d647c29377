import { ForbiddenException, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { LaureateBoundRecords } from '../../common/scope/laureate-bound-records.js';
import { writesAllLaureates } from '../../common/scope/laureate-access.js';
import { assertCommitteeOpen } from '../committees/assert-open.js';
import { AgendaItem } from './agenda-item.entity.js';
import { agendaItemListSpec } from './agenda-items.list-spec.js';
import type { CreateAgendaItemDto, UpdateAgendaItemDto } from './dto/agenda-item.dto.js';

/** Programme leads set the agenda; a laureate's acceleration manager writes its briefing notes. */
@Injectable()
export class AgendaItemsService {
  constructor(private readonly records: LaureateBoundRecords) {}

  list(query: ListQuery, actor: Actor) {
    return this.records.list(AgendaItem, agendaItemListSpec, query, actor);
  }

  getOrFail(id: number, actor: Actor) {
    return this.records.getOrFail(AgendaItem, 'agenda-items', id, actor);
  }

  create(dto: CreateAgendaItemDto, actor: Actor) {
    assertProgrammeLead(actor);
    return this.records.create(AgendaItem, 'agenda-items', { ...dto }, actor, async (item, em) => {
      await assertCommitteeOpen(em, item.committeeId!);
      item.position ??= await nextPosition(em, item.committeeId!);
    });
  }

  update(id: number, dto: UpdateAgendaItemDto, actor: Actor) {
    const { version, patch } = splitVersion(dto);
    return this.records.update(AgendaItem, 'agenda-items', id, version, patch, actor, async (merged, em, stored) => {
      await assertCommitteeOpen(em, merged.committeeId);
      if (writesAllLaureates(actor.user)) return;
      const changed = Object.entries(patch).filter(([field, value]) => field !== 'briefingNotes' && value !== undefined && value !== stored![field as keyof AgendaItem]);
      if (changed.length > 0) {
        const fields = changed.map(([f]) => f).join(', ');
        throw new ForbiddenException({
          message: bilingual(`Un chargé d'accélération ne modifie que la note de briefing (pas : ${fields})`, `An acceleration manager may only change the briefing note (not: ${fields})`),
        });
      }
    });
  }

  remove(id: number, actor: Actor) {
    assertProgrammeLead(actor);
    return this.records.remove(AgendaItem, 'agenda-items', id, actor, (item, em) => assertCommitteeOpen(em, item.committeeId).then(() => undefined));
  }
}

function assertProgrammeLead(actor: Actor): void {
  if (!writesAllLaureates(actor.user)) throw new ForbiddenException({ message: bilingual("Seul un pilote du programme compose l'ordre du jour", 'Only a programme lead can set the agenda') });
}

async function nextPosition(em: EntityManager, committeeId: number): Promise<number> {
  const [{ next }] = await em.query(`SELECT coalesce(max(position), 0) + 1 AS next FROM agenda_items WHERE committee_id = $1`, [committeeId]);
  return next;
}
