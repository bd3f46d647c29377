import GavelIcon from '@mui/icons-material/Gavel';
import { lazyView } from '../../common/lazyView';

// Decisions are taken on a committee's run screen; here they are listed, read and corrected.
export default {
  list: lazyView(() => import('./DecisionList'), 'DecisionList'),
  show: lazyView(() => import('./DecisionShow'), 'DecisionShow'),
  edit: lazyView(() => import('./DecisionEdit'), 'DecisionEdit'),
  icon: GavelIcon,
};
