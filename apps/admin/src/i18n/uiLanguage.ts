/**
 * The UI's language, in a module of its own so that the login page (loaded before react-admin) and the app share it:
 * react-admin's stored choice (its store key `locale`) at start, then every change of language.
 */
export type UiLanguage = 'fr' | 'en';

const STORED_LOCALE = 'RaStore.locale';

const storedLanguage = (): UiLanguage | null => {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(STORED_LOCALE) ?? 'null');
    return value === 'fr' || value === 'en' ? value : null;
  } catch {
    return null;
  }
};

let current: UiLanguage = storedLanguage() ?? 'fr';

export const uiLanguage = (): UiLanguage => current;

/** `remember`: also as react-admin's stored choice, for a change made before react-admin runs (the login page). */
export const setUiLanguage = (language: string, remember = false): void => {
  current = language === 'en' ? 'en' : 'fr';
  if (remember) localStorage.setItem(STORED_LOCALE, JSON.stringify(current));
};

/** Request headers asking the API for its (error) messages in the language the UI speaks now: a switch applies at once. */
export const withUiLanguage = (headers?: HeadersInit): Headers => {
  const withLanguage = new Headers(headers);
  withLanguage.set('Accept-Language', current);
  return withLanguage;
};
