import { ACTIVE_LAUREATE_PHASES, CLOSED_ACTION_STATUSES, type LaureatePhase } from '@aic/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import type { RecordWriter } from '../../common/crud/record-writer.js';
import { Action } from './action.entity.js';

/** An accompaniment that is over (completed or stopped). */
export const isEnded = (phase: LaureatePhase): boolean => !(ACTIVE_LAUREATE_PHASES as readonly LaureatePhase[]).includes(phase);

/** How many actions of each laureate are still open (planned or in progress). */
export async function countOpenActions(em: EntityManager, laureateIds: number[]): Promise<Map<number, number>> {
  const rows: Array<{ laureate_id: number; n: number }> = await em.query(
    `SELECT laureate_id, count(*)::int AS n FROM actions WHERE laureate_id = ANY($1::int[]) AND status <> ALL($2::text[]) GROUP BY laureate_id`,
    [laureateIds, CLOSED_ACTION_STATUSES],
  );
  return new Map(rows.map((r) => [r.laureate_id, r.n]));
}

/**
 * An ended accompaniment leaves no open action behind: each is cancelled, the reason (what ended it: a committee, a
 * date) kept in its outcome, and audited like any other change (so it leaves the overdue counts).
 */
export async function cancelOpenActions(writer: RecordWriter, em: EntityManager, laureateId: number, endedBy: string, actor: Actor): Promise<number> {
  const reason = `Annulée à la fin de l'accompagnement (${endedBy})`;
  const open = await em
    .getRepository(Action)
    .createQueryBuilder('action')
    .where('action.laureate_id = :laureateId', { laureateId })
    .andWhere('action.status <> ALL(:closed)', { closed: CLOSED_ACTION_STATUSES })
    .orderBy('action.id')
    .getMany();
  for (const action of open) {
    const outcome = action.outcome ? `${action.outcome}\n${reason}` : reason;
    await writer.update(Action, 'actions', action.id, action.version, { status: 'cancelled', outcome }, actor, {}, em);
  }
  return open.length;
}
