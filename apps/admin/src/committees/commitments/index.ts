import HandshakeIcon from '@mui/icons-material/Handshake';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./CommitmentList'), 'CommitmentList'),
  show: lazyView(() => import('./CommitmentShow'), 'CommitmentShow'),
  create: lazyView(() => import('./CommitmentCreate'), 'CommitmentCreate'),
  edit: lazyView(() => import('./CommitmentEdit'), 'CommitmentEdit'),
  icon: HandshakeIcon,
};
