import type { DecisionOutcome, LaureatePhase, PhaseChange } from '@aic/domain';
import { ConflictException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { notFound, RecordWriter } from '../../common/crud/record-writer.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { Laureate } from '../../accompaniment/laureates/laureate.entity.js';
import { Committee } from './committee.entity.js';

/**
 * Closing a committee applies its decisions, all in one transaction:
 * - acceleration committee: continue* → phase2 (phase2StartedOn set), stop → completed;
 * - engagement committee: every laureate on the agenda completes the season's accompaniment.
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

  close(id: number, actor: Actor): Promise<{ committee: Committee; changes: PhaseChange[] }> {
    return this.writer.transaction(async (em) => {
      const committee = await em.findOne(Committee, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!committee) throw notFound('committees', id);
      if (committee.status === 'closed') return { committee, changes: [] }; // idempotent
      const changes = await plannedChanges(em, committee);
      const on = committee.heldOn ?? new Date().toISOString().slice(0, 10);
      for (const change of changes) {
        const laureate = await em.findOneByOrFail(Laureate, { id: change.laureateId });
        const patch: Partial<Laureate> =
          change.to === 'phase2' ? { phase: 'phase2', phase2StartedOn: laureate.phase2StartedOn ?? on } : { phase: 'completed', endedOn: laureate.endedOn ?? on };
        await this.writer.update(Laureate, 'laureates', laureate.id, laureate.version, patch, actor, {}, em);
      }
      const closed = await this.writer.update(Committee, 'committees', id, committee.version, { status: 'closed', closedAt: new Date() }, actor, {}, em);
      return { committee: closed, changes };
    });
  }
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
  return rows.map((r) => {
    const to: LaureatePhase = committee.kind === 'acceleration' && r.outcome !== 'stop' ? 'phase2' : 'completed';
    return { laureateId: r.laureate_id, name: r.name, outcome: r.outcome!, from: r.phase, to };
  });
}
