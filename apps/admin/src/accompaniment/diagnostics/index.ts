import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./DiagnosticList'), 'DiagnosticList'),
  show: lazyView(() => import('./DiagnosticShow'), 'DiagnosticShow'),
  create: lazyView(() => import('./DiagnosticCreate'), 'DiagnosticCreate'),
  edit: lazyView(() => import('./DiagnosticEdit'), 'DiagnosticEdit'),
  icon: FactCheckIcon,
};
