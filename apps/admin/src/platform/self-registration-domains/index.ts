import DomainIcon from '@mui/icons-material/Domain';
import { lazyView } from '../../common/lazyView';

// Admins only (common/access): a domain is added or removed, never edited.
export default {
  list: lazyView(() => import('./SelfRegistrationDomainList'), 'SelfRegistrationDomainList'),
  create: lazyView(() => import('./SelfRegistrationDomainCreate'), 'SelfRegistrationDomainCreate'),
  icon: DomainIcon,
  recordRepresentation: 'domain',
};
