import CampaignIcon from '@mui/icons-material/Campaign';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./SeasonPublicationList'), 'SeasonPublicationList'),
  edit: lazyView(() => import('./SeasonPublicationEdit'), 'SeasonPublicationEdit'),
  icon: CampaignIcon,
  recordRepresentation: 'seasonName',
};
