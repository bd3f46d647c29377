import ForumIcon from '@mui/icons-material/Forum';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./InteractionList'), 'InteractionList'),
  show: lazyView(() => import('./InteractionShow'), 'InteractionShow'),
  create: lazyView(() => import('./InteractionCreate'), 'InteractionCreate'),
  edit: lazyView(() => import('./InteractionEdit'), 'InteractionEdit'),
  icon: ForumIcon,
  recordRepresentation: 'title',
};
