import { ACTION_STATUSES, AXES, SUPPORT_TYPES } from '@aic/domain';
import { type ListSpec, frenchText } from '../../common/list/list-spec.js';
import type { Action } from './action.entity.js';
import { ACCOMPANIED_PHASES_SQL } from '../laureates/accompanied-phases.js';
import { PROGRAMME_TODAY_SQL } from '../../common/dates/today.js';

const OPEN = `action.status IN ('planned', 'in_progress')`;
/** Past due, still open, and its laureate still accompanied (an ended accompaniment's kept actions are not late). */
const OVERDUE = `(action.dueOn < ${PROGRAMME_TODAY_SQL} AND ${OPEN} AND EXISTS (SELECT 1 FROM laureates l WHERE l.id = action.laureate_id AND l.phase IN ${ACCOMPANIED_PHASES_SQL}))`;

/**
 * The laureates of one acceleration manager, or of a list of them. One is compared with `=`: PostgreSQL's generic
 * plan of `= ANY(array)` does not know how many laureates match, and read all of them instead of the manager's index.
 */
const managedLaureates = (param: string, value: unknown) =>
  `SELECT id FROM laureates WHERE ${!Array.isArray(value) ? `acceleration_manager_id = :${param}` : value.length > 0 ? `acceleration_manager_id IN (:...${param})` : 'false'}`;

export const actionListSpec: ListSpec<Action> = {
  resource: 'actions',
  alias: 'action',
  sortable: {
    id: 'action.id',
    title: frenchText('action.title'),
    axis: 'action.axis',
    status: 'action.status',
    dueOn: 'action.dueOn',
    doneOn: 'action.doneOn',
    createdAt: 'action.createdAt',
    updatedAt: 'action.updatedAt',
  },
  defaultSort: ['dueOn', 'ASC'],
  // Grows season after season (200 000 actions at national scale): totals beyond 10 000 are not counted.
  totalCap: 10_000,
  filters: {
    laureateId: { column: 'action.laureateId', type: 'integer' },
    objectiveId: { column: 'action.objectiveId', type: 'integer' },
    axis: { column: 'action.axis', type: 'enum', values: AXES },
    status: { column: 'action.status', type: 'enum', values: ACTION_STATUSES },
    supportType: { column: 'action.supportType', type: 'enum', values: SUPPORT_TYPES },
    ownerId: { column: 'action.ownerId', type: 'integer' },
    dueBefore: { column: 'action.dueOn', type: 'date', operator: '<=' },
    dueAfter: { column: 'action.dueOn', type: 'date', operator: '>=' },
    doneAfter: { column: 'action.doneOn', type: 'date', operator: '>=' },
    overdue: {
      type: 'boolean',
      apply: (qb, value) =>
        void qb.andWhere(value ? OVERDUE : `(action.dueOn IS NULL OR NOT ${OVERDUE})`),
    },
    /** Actions of the laureates an acceleration manager manages ("Mes lauréats"). */
    managerId: {
      type: 'integer',
      fewRows: true,
      parents: { ids: managedLaureates, column: 'action.laureate_id' },
      apply: (qb, value, param) => void qb.andWhere(`action.laureate_id IN (${managedLaureates(param, value)})`, { [param]: value }),
    },
  },
  search: `f_unaccent(lower(action.title || ' ' || coalesce(action.description, '')))`,
};
