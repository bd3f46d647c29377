import EuroIcon from '@mui/icons-material/Euro';
import { createElement } from 'react';
import { lazyView } from '../../common/lazyView';
import { GrantLabel } from './GrantLabel';

export default {
  list: lazyView(() => import('./GrantList'), 'GrantList'),
  show: lazyView(() => import('./GrantShow'), 'GrantShow'),
  create: lazyView(() => import('./GrantCreate'), 'GrantCreate'),
  edit: lazyView(() => import('./GrantEdit'), 'GrantEdit'),
  icon: EuroIcon,
  recordRepresentation: createElement(GrantLabel),
};
