import GroupsIcon from '@mui/icons-material/Groups';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./CommitteeList'), 'CommitteeList'),
  show: lazyView(() => import('./CommitteeShow'), 'CommitteeShow'),
  create: lazyView(() => import('./CommitteeCreate'), 'CommitteeCreate'),
  edit: lazyView(() => import('./CommitteeEdit'), 'CommitteeEdit'),
  icon: GroupsIcon,
  recordRepresentation: 'title',
};

/** The custom pages of a committee (routes registered in registry.tsx). */
export const CommitteeRun = lazyView(() => import('./run/CommitteeRun'), 'CommitteeRun');
export const BriefingPrint = lazyView(() => import('./briefing/BriefingPrint'), 'BriefingPrint');
