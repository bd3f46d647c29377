import FlagIcon from '@mui/icons-material/Flag';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./ObjectiveList'), 'ObjectiveList'),
  show: lazyView(() => import('./ObjectiveShow'), 'ObjectiveShow'),
  create: lazyView(() => import('./ObjectiveCreate'), 'ObjectiveCreate'),
  edit: lazyView(() => import('./ObjectiveEdit'), 'ObjectiveEdit'),
  icon: FlagIcon,
  recordRepresentation: 'title',
};
