import EventIcon from '@mui/icons-material/Event';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./SeasonList'), 'SeasonList'),
  show: lazyView(() => import('./SeasonShow'), 'SeasonShow'),
  create: lazyView(() => import('./SeasonCreate'), 'SeasonCreate'),
  edit: lazyView(() => import('./SeasonEdit'), 'SeasonEdit'),
  icon: EventIcon,
  recordRepresentation: 'name',
};
