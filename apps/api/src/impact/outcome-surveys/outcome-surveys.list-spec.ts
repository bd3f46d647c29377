import { AUTONOMY_LEVELS, OUTCOME_SURVEY_STATUSES } from '@aic/domain';
import type { ListSpec } from '../../common/list/list-spec.js';
import type { OutcomeSurvey } from './outcome-survey.entity.js';

export const outcomeSurveyListSpec: ListSpec<OutcomeSurvey> = {
  resource: 'outcome-surveys',
  alias: 'survey',
  sortable: { id: 'survey.id', laureateId: 'survey.laureateId', status: 'survey.status', monthsSaved: 'survey.monthsSaved', updatedAt: 'survey.updatedAt' },
  defaultSort: ['id', 'ASC'],
  filters: {
    laureateId: { column: 'survey.laureateId', type: 'integer' },
    status: { column: 'survey.status', type: 'enum', values: OUTCOME_SURVEY_STATUSES },
    autonomyWithAdministrations: { column: 'survey.autonomyWithAdministrations', type: 'enum', values: AUTONOMY_LEVELS },
    seasonId: {
      type: 'integer',
      apply: (qb, value, param) => void qb.andWhere(`survey.laureate_id IN (SELECT id FROM laureates WHERE season_id = :${param})`, { [param]: value }),
    },
  },
};
