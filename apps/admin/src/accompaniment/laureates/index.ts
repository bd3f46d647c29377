import RocketLaunchIcon from '@mui/icons-material/RocketLaunch';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./LaureateList'), 'LaureateList'),
  show: lazyView(() => import('./LaureateShow'), 'LaureateShow'),
  create: lazyView(() => import('./LaureateCreate'), 'LaureateCreate'),
  edit: lazyView(() => import('./LaureateEdit'), 'LaureateEdit'),
  icon: RocketLaunchIcon,
  recordRepresentation: 'name',
};
