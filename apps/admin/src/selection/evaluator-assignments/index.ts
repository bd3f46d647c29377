import HowToRegIcon from '@mui/icons-material/HowToReg';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./AssignmentList'), 'AssignmentList'),
  create: lazyView(() => import('./AssignmentCreate'), 'AssignmentCreate'),
  icon: HowToRegIcon,
};
