import { CustomRoutes, reactRouterProvider } from 'react-admin';
import { lazyView } from '../../common/lazyView';

const { Route } = reactRouterProvider;
const ForgotPasswordPage = lazyView(() => import('./ForgotPasswordPage'), 'ForgotPasswordPage');
const SetPasswordPage = lazyView(() => import('./SetPasswordPage'), 'SetPasswordPage');

/** Reached without signing in: from the login page, and from the links of invitation and forgotten-password e-mails. */
export const passwordRoutes = () => (
  <CustomRoutes key="password-routes" noLayout>
    <Route path="/forgot-password" element={<ForgotPasswordPage />} />
    <Route path="/set-password" element={<SetPasswordPage />} />
  </CustomRoutes>
);
