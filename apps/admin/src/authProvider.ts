import type { AuthProvider } from 'react-admin';
import { clearSession, getToken, getUser, isProConnectSession } from './authStorage';
import { canAccess, forgetLaureateManagers } from './common/access/canAccess';
import { withUiLanguage } from './i18n/uiLanguage';
import { type SignInParams, signIn } from './signIn';

export const authProvider: AuthProvider = {
  /** With a password, or with the one-time code of a ProConnect sign-in (`proconnectCode`). */
  async login(params: SignInParams) {
    await signIn(params);
    forgetLaureateManagers();
  },

  async logout() {
    const token = getToken();
    const viaProConnect = isProConnectSession();
    let providerLogout: string | null = null;
    if (token) {
      // Best effort: the session is dropped locally whatever the server says.
      const response = await fetch(viaProConnect ? '/api/auth/proconnect/logout' : '/api/auth/logout', {
        method: 'POST',
        headers: withUiLanguage({ Authorization: `Bearer ${token}` }),
      }).catch(() => undefined);
      if (viaProConnect && response?.ok) providerLogout = ((await response.json()) as { url: string | null }).url;
    }
    clearSession();
    // Then ProConnect ends its own session and sends the browser back to the login page.
    if (providerLogout) {
      window.location.assign(providerLogout);
      return false;
    }
  },

  async checkAuth() {
    if (!getToken()) throw { message: false };
  },

  async checkError(error: { status?: number }) {
    // 403 means "not allowed to do this", not "not logged in": stay logged in.
    if (error?.status === 401) {
      clearSession();
      throw error;
    }
  },

  async getIdentity() {
    const user = getUser();
    if (!user) throw new Error('aic.login.errors.notLoggedIn');
    return { id: user.id, fullName: user.fullName };
  },

  async getPermissions() {
    return getUser()?.roles ?? [];
  },

  canAccess,
};
