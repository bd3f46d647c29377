import CampaignIcon from '@mui/icons-material/Campaign';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./CallList'), 'CallList'),
  show: lazyView(() => import('./CallShow'), 'CallShow'),
  create: lazyView(() => import('./CallCreate'), 'CallCreate'),
  edit: lazyView(() => import('./CallEdit'), 'CallEdit'),
  icon: CampaignIcon,
  recordRepresentation: 'title',
};
