import type { LoginResponse } from '@aic/domain';
import { markProConnectSession, saveSession } from './authStorage';
import { withUiLanguage } from './i18n/uiLanguage';

export interface SignInParams {
  email?: string;
  password?: string;
  /** The one-time code of a ProConnect sign-in. */
  proconnectCode?: string;
}

const loginErrorKey = (status: number): string => {
  if (status === 429) return 'aic.login.errors.tooManyAttempts';
  // The API says 403 only to whoever gave the right password of a deactivated account.
  if (status === 403) return 'aic.login.errors.deactivated';
  if (status === 400 || status === 401) return 'aic.login.errors.invalidCredentials';
  return 'aic.login.errors.unavailable';
};

/** Opens a session with a password or a ProConnect code; apart from the auth provider, as the login page runs before react-admin loads. */
export async function signIn({ email, password, proconnectCode }: SignInParams): Promise<void> {
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
}
