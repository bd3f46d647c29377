import HandshakeIcon from '@mui/icons-material/Handshake';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./PartnershipList'), 'PartnershipList'),
  show: lazyView(() => import('./PartnershipShow'), 'PartnershipShow'),
  create: lazyView(() => import('./PartnershipCreate'), 'PartnershipCreate'),
  edit: lazyView(() => import('./PartnershipEdit'), 'PartnershipEdit'),
  icon: HandshakeIcon,
};
