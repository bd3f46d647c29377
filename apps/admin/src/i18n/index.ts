import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { fr } from './fr';
import { setUiLanguage } from './uiLanguage';

export { withUiLanguage } from './uiLanguage';

// French ships with the app's first chunk; English is fetched on first switch.
const polyglot = polyglotI18nProvider(
  (locale) => (locale === 'en' ? import('./en').then((m) => m.en) : fr),
  'fr',
  [
    { locale: 'fr', name: 'Français' },
    { locale: 'en', name: 'English' },
  ],
);

export const i18nProvider: I18nProvider = {
  ...polyglot,
  changeLocale: async (locale, options) => {
    await polyglot.changeLocale(locale, options);
    setUiLanguage(locale);
  },
};

/** Locale to format dates and amounts with, for the current UI language. */
export const intlLocale = (locale: string): string => (locale === 'en' ? 'en-GB' : 'fr-FR');
