import type { LoginResponse } from '@aic/domain';
import type { AuthProvider } from 'react-admin';
import { clearSession, getToken, getUser, isProConnectSession, markProConnectSession, saveSession } from './authStorage';
import { canAccess, forgetLaureateManagers } from './common/access/canAccess';
import { withUiLanguage } from './i18n';

const loginErrorKey = (status: number): string => {
  if (status === 429) return 'aic.login.errors.tooManyAttempts';
  // The API says 403 only to whoever gave the right password of a deactivated account.
  if (status === 403) return 'aic.login.errors.deactivated';
  if (status === 400 || status === 401) return 'aic.login.errors.invalidCredentials';
  return 'aic.login.errors.unavailable';
};

export const authProvider: AuthProvider = {
  /** With a password, or with the one-time code of a ProConnect sign-in (`proconnectCode`). */
  async login({ email, password, proconnectCode }: { email?: string; password?: string; proconnectCode?: string }) {
    let response: Response;
    try {
      response = await fetch(proconnectCode ? '/api/auth/proconnect/session' : '/api/auth/login', {
        method: 'POST',
        headers: withUiLanguage({ 'Content-Type': 'application/json', Accept: 'application/json' }),
        body: JSON.stringify(proconnectCode ? { code: proconnectCode } : { email, password }),
      });
    } catch {
      throw new Error('aic.login.errors.unavailable');
    }
    if (!response.ok) throw new Error(proconnectCode ? 'aic.login.errors.proconnect' : loginErrorKey(response.status));
    const { token, user } = (await response.json()) as LoginResponse;
    saveSession(token, user);
    if (proconnectCode) markProConnectSession();
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
