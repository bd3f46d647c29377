import type { AuthUser } from '@aic/domain';

const TOKEN_KEY = 'aic.token';
const USER_KEY = 'aic.user';

export const getToken = (): string | null => localStorage.getItem(TOKEN_KEY);

export const getUser = (): AuthUser | null => {
  const raw = localStorage.getItem(USER_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as AuthUser;
  } catch {
    return null;
  }
};

export const saveSession = (token: string, user: AuthUser): void => {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(USER_KEY, JSON.stringify(user));
};

export const clearSession = (): void => {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(USER_KEY);
  localStorage.removeItem(VIA_KEY);
};

/** A session opened through ProConnect: its logout also ends the ProConnect session. */
const VIA_KEY = 'aic.signedInWith';
export const markProConnectSession = (): void => localStorage.setItem(VIA_KEY, 'proconnect');
export const isProConnectSession = (): boolean => localStorage.getItem(VIA_KEY) === 'proconnect';
