import type { DecisionOutcome, LaureatePhase, PhaseChange } from '@aic/domain';
import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { bilingual, type Language } from '../../common/errors/bilingual.js';
import { Laureate } from '../../accompaniment/laureates/laureate.entity.js';
import { cancelOpenActions, countOpenActions, isEnded } from '../../accompaniment/actions/cancel-open-actions.js';
import { today } from '../../common/dates/today.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import { AgendaItem } from '../agenda-items/agenda-item.entity.js';
import { Committee } from './committee.entity.js';
import { draftMinutes } from './committee-minutes.js';
import type { CloseCommitteeDto } from './dto/close-committee.dto.js';

/**
 * Closing a committee applies its decisions, all in one transaction:
 * - acceleration committee: continue* → phase2 (phase2StartedOn set), stop → completed;
 * - engagement committee: every laureate on the agenda completes the season's accompaniment.
 * The dates are the day the committee was actually held, which the lead confirms when it differs from the planned
 * one; each laureate's phase and health at the session are kept on its agenda item; the open actions of an ended
 * accompaniment are cancelled unless the lead keeps them; empty minutes get a draft made from the decisions.
 */
@Injectable()
export class CommitteeClosingService {
  constructor(private readonly writer: RecordWriter) {}

  /** The phase changes closing would make now (for the confirmation dialog), or the 422 it would answer. */
  preview(id: number): Promise<PhaseChange[]> {
    return this.writer.transaction(async (em) => {
      const committee = await em.findOneBy(Committee, { id });
      if (!committee) throw notFound('committees', id);
      return committee.status === 'closed' ? [] : plannedChanges(em, committee);
    });
  }

  close(id: number, dto: CloseCommitteeDto, actor: Actor, language: Language = 'fr'): Promise<{ committee: Committee; changes: PhaseChange[] }> {
    return this.writer.transaction(async (em) => {
      const committee = await em.findOne(Committee, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!committee) throw notFound('committees', id);
      if (committee.status === 'closed') return { committee, changes: [] }; // idempotent
      const heldOn = sessionDate(committee, dto.heldOn ?? null);
      const changes = await plannedChanges(em, committee);
      for (const change of changes) {
        const laureate = await em.findOneByOrFail(Laureate, { id: change.laureateId });
        await em.update(AgendaItem, { committeeId: id, laureateId: laureate.id }, { phaseAtSession: laureate.phase, healthAtSession: laureate.health });
        const patch: Partial<Laureate> =
          change.to === 'phase2' ? { phase: 'phase2', phase2StartedOn: heldOn } : { phase: 'completed', endedOn: laureate.endedOn ?? heldOn };
        await this.writer.update(Laureate, 'laureates', laureate.id, laureate.version, patch, actor, {}, em);
        if (isEnded(change.to) && dto.openActions !== 'keep') await cancelOpenActions(this.writer, em, laureate.id, `${committee.title}, ${heldOn}`, actor);
      }
      const minutes = committee.minutes?.trim() ? committee.minutes : await draftMinutes(em, committee, heldOn, language);
      const closed = await this.writer.update(Committee, 'committees', id, committee.version, { status: 'closed', closedAt: new Date(), heldOn, minutes }, actor, {}, em);
      return { committee: closed, changes };
    });
  }
}

/** The day the committee sat: the one the lead gives (not in the future), else its planned date once that day has come. */
function sessionDate(committee: Committee, given: string | null): string {
  if (given) {
    if (given > today()) throw invalidField('heldOn', bilingual('Un comité ne peut pas être clôturé avant de s’être tenu : la date est dans le futur', 'A committee cannot be closed before it is held: the date is in the future'));
    return given;
  }
  if (committee.heldOn && committee.heldOn > today()) {
    throw invalidField(
      'heldOn',
      bilingual(
        `Ce comité est prévu le ${committee.heldOn} : indiquez la date à laquelle il s’est réellement tenu`,
        `This committee is planned for ${committee.heldOn}: give the date it was actually held`,
      ),
    );
  }
  return committee.heldOn ?? today();
}

async function plannedChanges(em: EntityManager, committee: Committee): Promise<PhaseChange[]> {
  const rows: Array<{ laureate_id: number; name: string; phase: LaureatePhase; outcome: DecisionOutcome | null }> = await em.query(
    `SELECT ai.laureate_id, l.name, l.phase, d.outcome
       FROM agenda_items ai
       JOIN laureates l ON l.id = ai.laureate_id
       LEFT JOIN decisions d ON d.committee_id = ai.committee_id AND d.laureate_id = ai.laureate_id
      WHERE ai.committee_id = $1
      ORDER BY ai.position, l.name COLLATE "fr-x-icu"`,
    [committee.id],
  );
  const undecided = rows.filter((r) => !r.outcome);
  if (undecided.length > 0) {
    const names = undecided.map((r) => r.name).join(', ');
    throw new UnprocessableEntityException({
      message: bilingual(`Clôture impossible : pas encore de décision pour ${names}`, `Cannot close: no decision yet for ${names}`),
      undecided: undecided.map((r) => ({ laureateId: r.laureate_id, name: r.name })),
    });
  }
  if (rows.length === 0) throw new ConflictException({ message: bilingual("Clôture impossible : l'ordre du jour est vide", 'Cannot close: the agenda is empty') });
  const open = await countOpenActions(em, rows.map((r) => r.laureate_id));
  return rows.map((r) => {
    const to: LaureatePhase = committee.kind === 'acceleration' && r.outcome !== 'stop' ? 'phase2' : 'completed';
    return { laureateId: r.laureate_id, name: r.name, outcome: r.outcome!, from: r.phase, to, openActions: isEnded(to) ? (open.get(r.laureate_id) ?? 0) : 0 };
  });
}
