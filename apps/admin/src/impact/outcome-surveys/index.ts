import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./OutcomeSurveyList'), 'OutcomeSurveyList'),
  show: lazyView(() => import('./OutcomeSurveyShow'), 'OutcomeSurveyShow'),
  create: lazyView(() => import('./OutcomeSurveyCreate'), 'OutcomeSurveyCreate'),
  edit: lazyView(() => import('./OutcomeSurveyEdit'), 'OutcomeSurveyEdit'),
  icon: FactCheckIcon,
};
