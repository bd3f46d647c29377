import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./OrganisationList'), 'OrganisationList'),
  show: lazyView(() => import('./OrganisationShow'), 'OrganisationShow'),
  create: lazyView(() => import('./OrganisationCreate'), 'OrganisationCreate'),
  edit: lazyView(() => import('./OrganisationEdit'), 'OrganisationEdit'),
  icon: AccountBalanceIcon,
  recordRepresentation: 'name',
};
