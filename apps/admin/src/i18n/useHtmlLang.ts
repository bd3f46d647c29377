import { useEffect } from 'react';
import { useLocaleState } from 'react-admin';

/** Keeps <html lang> in step with the UI language (RGAA 8.3 / WCAG 3.1.1). */
export const useHtmlLang = (): string => {
  const [locale] = useLocaleState();
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return locale;
};
