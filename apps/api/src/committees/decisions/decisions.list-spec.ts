import { DECISION_OUTCOMES } from '@aic/domain';
import type { ListSpec } from '../../common/list/list-spec.js';
import type { Decision } from './decision.entity.js';

export const decisionListSpec: ListSpec<Decision> = {
  resource: 'decisions',
  alias: 'decision',
  sortable: { id: 'decision.id', decidedAt: 'decision.decidedAt', outcome: 'decision.outcome', fundingGranted: 'decision.fundingGranted' },
  defaultSort: ['decidedAt', 'DESC'],
  filters: {
    committeeId: { column: 'decision.committeeId', type: 'integer' },
    laureateId: { column: 'decision.laureateId', type: 'integer' },
    outcome: { column: 'decision.outcome', type: 'enum', values: DECISION_OUTCOMES },
    seasonId: {
      type: 'integer',
      apply: (qb, value, param) => void qb.andWhere(`decision.committee_id IN (SELECT id FROM committees WHERE season_id = :${param})`, { [param]: value }),
    },
  },
};
