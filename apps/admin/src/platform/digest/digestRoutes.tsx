import { CustomRoutes, reactRouterProvider } from 'react-admin';
import { lazyView } from '../../common/lazyView';

const { Route } = reactRouterProvider;
const DigestSettingsPage = lazyView(() => import('./DigestSettingsPage'), 'DigestSettingsPage');

/** The weekly digest's setting, for every role (only managers and leads receive it). */
export const digestRoutes = () => (
  <CustomRoutes key="digest-routes">
    <Route path="/account/digest" element={<DigestSettingsPage />} />
  </CustomRoutes>
);
