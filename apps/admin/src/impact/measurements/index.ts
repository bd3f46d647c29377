import { lazyView } from '../../common/lazyView';

// Listed on their indicator's page; no list of their own.
export default {
  create: lazyView(() => import('./MeasurementCreate'), 'MeasurementCreate'),
  edit: lazyView(() => import('./MeasurementEdit'), 'MeasurementEdit'),
  recordRepresentation: 'measuredOn',
};
