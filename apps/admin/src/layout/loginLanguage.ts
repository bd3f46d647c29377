import { useCallback, useEffect, useMemo, useState } from 'react';
import { loginEn } from '../i18n/en.login';
import { loginFr } from '../i18n/fr.login';
import { setUiLanguage, type UiLanguage, uiLanguage } from '../i18n/uiLanguage';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

const catalogues = { fr: { aic: loginFr }, en: { aic: loginEn } };

/**
 * The login page's `aic.*` messages read as polyglot reads them (`%{name}`, `_` for a fallback) without polyglot nor
 * react-admin: the login page is shown before the app's code is loaded (issue 18, the first screen's weight).
 */
export const loginTranslate =
  (language: UiLanguage): Translate =>
  (key, options = {}) => {
    const found = key
      .split('.')
      .reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalogues[language]);
    if (typeof found !== 'string') return typeof options._ === 'string' ? options._ : key;
    return found.replace(/%\{(\w+)\}/g, (whole, name: string) => (name in options ? String(options[name]) : whole));
  };

/** The login page's language, kept with the app's (and in <html lang>); `onChange` tells react-admin when it runs. */
export const useLoginLanguage = (onChange?: (language: UiLanguage) => void) => {
  const [language, setLanguage] = useState<UiLanguage>(uiLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const translate = useMemo(() => loginTranslate(language), [language]);
  const change = useCallback(
    (next: UiLanguage) => {
      setUiLanguage(next, true);
      setLanguage(next);
      onChange?.(next);
    },
    [onChange],
  );
  return { language, translate, change };
};
