import MailOutlineIcon from '@mui/icons-material/MailOutline';
import { lazyView } from '../../common/lazyView';

// Read-only: the API writes every e-mail; admins read them and send a failed one again.
export default {
  list: lazyView(() => import('./MailMessageList'), 'MailMessageList'),
  show: lazyView(() => import('./MailMessageShow'), 'MailMessageShow'),
  icon: MailOutlineIcon,
  recordRepresentation: 'subject',
};
