import AssignmentIcon from '@mui/icons-material/Assignment';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./ApplicationList'), 'ApplicationList'),
  show: lazyView(() => import('./ApplicationShow'), 'ApplicationShow'),
  icon: AssignmentIcon,
  recordRepresentation: 'projectName',
};
