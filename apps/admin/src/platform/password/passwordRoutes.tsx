import { CustomRoutes, reactRouterProvider } from 'react-admin';
import { lazyView } from '../../common/lazyView';
import { PUBLIC_ROUTES } from './publicRoutes';

const { Route } = reactRouterProvider;
const ForgotPasswordPage = lazyView(() => import('./ForgotPasswordPage'), 'ForgotPasswordPage');
const SetPasswordPage = lazyView(() => import('./SetPasswordPage'), 'SetPasswordPage');

/** Reached without signing in: from the login page, and from the links of invitation and forgotten-password e-mails. */
export const passwordRoutes = () => (
  <CustomRoutes key="password-routes" noLayout>
    <Route path={PUBLIC_ROUTES[0]} element={<ForgotPasswordPage />} />
    <Route path={PUBLIC_ROUTES[1]} element={<SetPasswordPage />} />
  </CustomRoutes>
);
