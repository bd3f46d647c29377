import HistoryIcon from '@mui/icons-material/History';
import { lazyView } from '../../common/lazyView';

// Read-only for everyone: the API writes these records, nobody edits them.
export default {
  list: lazyView(() => import('./AuditEventList'), 'AuditEventList'),
  show: lazyView(() => import('./AuditEventShow'), 'AuditEventShow'),
  icon: HistoryIcon,
};
