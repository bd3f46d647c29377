import InsightsIcon from '@mui/icons-material/Insights';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./IndicatorList'), 'IndicatorList'),
  show: lazyView(() => import('./IndicatorShow'), 'IndicatorShow'),
  create: lazyView(() => import('./IndicatorCreate'), 'IndicatorCreate'),
  edit: lazyView(() => import('./IndicatorEdit'), 'IndicatorEdit'),
  icon: InsightsIcon,
  recordRepresentation: 'name',
};
