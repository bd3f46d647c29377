import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import { splitVersion } from '../../common/crud/version.dto.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField } from '../../common/errors/validation-errors.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { LaureateBoundRecords, readOnly } from '../../common/scope/laureate-bound-records.js';
import { today } from '../../common/dates/today.js';
import { Action } from './action.entity.js';
import { actionListSpec } from './actions.list-spec.js';
import type { CreateActionDto, UpdateActionDto } from './dto/action.dto.js';


@Injectable()
export class ActionsService {
  constructor(private readonly records: LaureateBoundRecords) {}

  list(query: ListQuery, actor: Actor) {
    return this.records.list(Action, actionListSpec, query, actor);
  }

  getOrFail(id: number, actor: Actor) {
    return this.records.getOrFail(Action, 'actions', id, actor);
  }

  create(dto: CreateActionDto, actor: Actor) {
    return this.records.create(Action, 'actions', { ...dto }, actor, readOnly(normalise));
  }

  update(id: number, dto: UpdateActionDto, actor: Actor) {
    const { version, patch } = splitVersion(dto);
    const changes: Partial<Action> = { ...patch };
    return this.records.update(Action, 'actions', id, version, changes, actor, async (merged, em) => {
      await normalise(merged, em);
      // normalise() settles axis and doneOn on the merged record: carry them into the patch.
      Object.assign(changes, { axis: merged.axis, doneOn: merged.doneOn });
    });
  }

  remove(id: number, actor: Actor) {
    return this.records.remove(Action, 'actions', id, actor);
  }
}

/** (Reads only.) The objective belongs to the same laureate and gives its axis by default; a done action has a date, others none. */
async function normalise(action: Partial<Action>, em: EntityManager): Promise<void> {
  if (action.objectiveId) {
    const [objective] = await em.query(`SELECT laureate_id, axis FROM objectives WHERE id = $1`, [action.objectiveId]);
    if (!objective || objective.laureate_id !== action.laureateId) {
      throw invalidField('objectiveId', bilingual("Cet objectif n'appartient pas à la feuille de route de ce lauréat", "This objective is not part of this laureate's roadmap"));
    }
    action.axis ??= objective.axis;
  }
  if (!action.axis) throw invalidField('axis', bilingual('Champ obligatoire (ou choisir un objectif)', 'Required field (or choose an objective)'));
  if (action.status === 'done') action.doneOn ??= today();
  else action.doneOn = null;
}
