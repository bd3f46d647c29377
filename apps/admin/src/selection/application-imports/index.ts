import UploadFileIcon from '@mui/icons-material/UploadFile';
import { lazyView } from '../../common/lazyView';

export default {
  list: lazyView(() => import('./ImportList'), 'ImportList'),
  create: lazyView(() => import('./ImportCreate'), 'ImportCreate'),
  show: lazyView(() => import('./ImportShow'), 'ImportShow'),
  icon: UploadFileIcon,
  recordRepresentation: 'fileName',
};
