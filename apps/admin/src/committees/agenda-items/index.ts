import { lazyView } from '../../common/lazyView';

// No list: the agenda is shown and composed from its committee's page.
export default {
  create: lazyView(() => import('./AgendaItemCreate'), 'AgendaItemCreate'),
  edit: lazyView(() => import('./AgendaItemEdit'), 'AgendaItemEdit'),
};
