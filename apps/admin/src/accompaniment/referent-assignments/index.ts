import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import { lazyView } from '../../common/lazyView';

// Managed by programme leads and admins only (App gives other roles the read-only list).
export default {
  list: lazyView(() => import('./ReferentAssignmentList'), 'ReferentAssignmentList'),
  create: lazyView(() => import('./ReferentAssignmentCreate'), 'ReferentAssignmentCreate'),
  edit: lazyView(() => import('./ReferentAssignmentEdit'), 'ReferentAssignmentEdit'),
  icon: AssignmentIndIcon,
};
