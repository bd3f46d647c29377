import { lazyView } from '../../common/lazyView';

export const PhaseBoard = lazyView(() => import('./PhaseBoard'), 'PhaseBoard');
