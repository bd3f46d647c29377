import { APPLICATION_STATUSES, CARRIER_KINDS, TRACKS } from '@aic/domain';
import { asList, type ListSpec, frenchText } from '../../common/list/list-spec.js';
import type { Application } from './application.entity.js';

export const applicationListSpec: ListSpec<Application> = {
  resource: 'applications',
  alias: 'app',
  sortable: {
    id: 'app.id',
    reference: frenchText('app.reference'),
    projectName: frenchText('app.projectName'),
    carrierName: frenchText('app.carrierName'),
    status: 'app.status',
    submittedAt: 'app.submittedAt',
    updatedAt: 'app.updatedAt',
  },
  defaultSort: ['submittedAt', 'DESC'],
  filters: {
    callId: { column: 'app.callId', type: 'integer' },
    seasonId: { column: 'app.seasonId', type: 'integer' },
    status: { column: 'app.status', type: 'enum', values: APPLICATION_STATUSES },
    carrierKind: { column: 'app.carrierKind', type: 'enum', values: CARRIER_KINDS },
    laureateId: { column: 'app.laureateId', type: 'integer' },
    reference: { column: 'app.reference', type: 'text' },
    track: {
      type: 'enum',
      values: TRACKS,
      apply: (qb, value, param) => void qb.andWhere(`app.call_id IN (SELECT id FROM calls WHERE track IN (:...${param}))`, { [param]: asList(value) }),
    },
    evaluatorId: {
      type: 'integer',
      apply: (qb, value, param) =>
        void qb.andWhere(`app.id IN (SELECT application_id FROM evaluator_assignments WHERE evaluator_id IN (:...${param}))`, { [param]: asList(value) }),
    },
  },
  // Project, carrier and summary, accent- and case-insensitive, through the trigram index of search_text.
  search: 'app.search_text',
};
