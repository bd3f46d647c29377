import PaymentsIcon from '@mui/icons-material/Payments';
import { lazyView } from '../../common/lazyView';

// Recorded from a grant's page; the list gathers every payment (filtered by grant).
export default {
  list: lazyView(() => import('./DisbursementList'), 'DisbursementList'),
  create: lazyView(() => import('./DisbursementCreate'), 'DisbursementCreate'),
  edit: lazyView(() => import('./DisbursementEdit'), 'DisbursementEdit'),
  icon: PaymentsIcon,
};
