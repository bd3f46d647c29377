// The first screen's styles only (issue 18): DSFR's core and the components of the login page. The app loads the rest.
import '@codegouvfr/react-dsfr/dsfr/core/core.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/link/link.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/button/button.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/form/form.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/input/input.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/logo/logo.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/header/header.main.min.css';
import '@codegouvfr/react-dsfr/dsfr/component/connect/connect.main.min.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getToken } from './authStorage';
import { LoginPage } from './layout/LoginPage';
import { PUBLIC_ROUTES } from './platform/password/publicRoutes';
import { type SignInParams, signIn } from './signIn';

const root = createRoot(document.getElementById('root')!);

const loadApp = () => import('./AppRoot');

const startApp = async (): Promise<void> => {
  const AppRoot = (await loadApp()).createAppRoot();
  root.render(
    <StrictMode>
      <AppRoot />
    </StrictMode>,
  );
};

/**
 * A visitor without a session (or at #/login) gets the login page alone, without react-admin: ~1/3 of the bytes of the
 * app. Signed in, the address asked for first is restored and the app loads. The app shows its own login page after a
 * sign-out (AdminLoginPage, the same page).
 */
const hashRoute = () => {
  const [route, query] = window.location.hash.replace(/^#/, '').split('?');
  return { path: route || '/', query };
};
const toLogin = () => window.history.replaceState(null, '', `${window.location.pathname}#/login`);

const { path, query } = hashRoute();
if (PUBLIC_ROUTES.includes(path) || (path !== '/login' && getToken())) {
  void startApp();
} else {
  const next = path === '/login' ? '/' : `${path}${query ? `?${query}` : ''}`;
  if (path !== '/login') toLogin();
  // No router here: the forgotten-password link opens the app at that page; any other address still needs signing in.
  const followLink = () => {
    if (!PUBLIC_ROUTES.includes(hashRoute().path)) return toLogin();
    window.removeEventListener('hashchange', followLink);
    void startApp();
  };
  window.addEventListener('hashchange', followLink);
  const login = async (params: SignInParams) => {
    await signIn(params);
    window.removeEventListener('hashchange', followLink);
    window.history.replaceState(null, '', `${window.location.pathname}#${next}`);
    await startApp();
  };
  root.render(
    <StrictMode>
      <LoginPage login={login} />
    </StrictMode>,
  );
  // Someone who starts on the form (or picks a demo account): the app's code loads while they sign in, not before.
  document.addEventListener('focusin', () => void loadApp(), { once: true });
}
