import { CustomRoutes, reactRouterProvider } from 'react-admin';
import { lazyView } from '../../common/lazyView';

const { Route } = reactRouterProvider;
const ChangePasswordPage = lazyView(() => import('./ChangePasswordPage'), 'ChangePasswordPage');

/** Pages about the signed-in user's own account, for every role. */
export const accountRoutes = () => (
  <CustomRoutes key="account-routes">
    <Route path="/account/password" element={<ChangePasswordPage />} />
  </CustomRoutes>
);
