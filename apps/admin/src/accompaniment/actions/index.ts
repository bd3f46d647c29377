import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./ActionList'), 'ActionList'),
  show: lazyView(() => import('./ActionShow'), 'ActionShow'),
  create: lazyView(() => import('./ActionCreate'), 'ActionCreate'),
  edit: lazyView(() => import('./ActionEdit'), 'ActionEdit'),
  icon: TaskAltIcon,
  recordRepresentation: 'title',
};
