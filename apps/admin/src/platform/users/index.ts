import PeopleIcon from '@mui/icons-material/People';
import { lazyView } from '../../common/lazyView';

// No show view and no delete: an account is deactivated, never removed.
export default {
  list: lazyView(() => import('./UserList'), 'UserList'),
  create: lazyView(() => import('./UserCreate'), 'UserCreate'),
  edit: lazyView(() => import('./UserEdit'), 'UserEdit'),
  icon: PeopleIcon,
  recordRepresentation: 'fullName',
};
