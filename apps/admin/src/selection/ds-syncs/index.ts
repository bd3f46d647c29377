import SyncIcon from '@mui/icons-material/Sync';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./DsSyncList'), 'DsSyncList'),
  create: lazyView(() => import('./DsSyncCreate'), 'DsSyncCreate'),
  edit: lazyView(() => import('./DsSyncEdit'), 'DsSyncEdit'),
  show: lazyView(() => import('./DsSyncShow'), 'DsSyncShow'),
  icon: SyncIcon,
  recordRepresentation: (record: { procedureNumber: number }) => `Démarche ${record.procedureNumber}`,
};
