import { lazyView } from '../common/lazyView';

/** The landing page, chosen from the user's roles (its own chunk, like the resource views). */
export const Home = lazyView(() => import('./Home'), 'Home');
