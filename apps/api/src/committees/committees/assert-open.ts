import { ConflictException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';

/** The agenda and the decisions of a closed committee no longer change (409). */
export async function assertCommitteeOpen(em: EntityManager, committeeId: number): Promise<{ kind: string; season_id: number; held_on: string | null }> {
  const [committee] = await em.query(`SELECT status, kind, season_id, to_char(held_on, 'YYYY-MM-DD') AS held_on FROM committees WHERE id = $1 FOR SHARE`, [committeeId]);
  if (!committee) throw invalidField('committeeId', bilingual('Comité introuvable', 'Committee not found'));
  if (committee.status === 'closed') throw new ConflictException({
      message: bilingual('Ce comité est clos : son ordre du jour et ses décisions ne changent plus', 'This committee is closed: its agenda and decisions can no longer change'),
    });
  return committee;
}
