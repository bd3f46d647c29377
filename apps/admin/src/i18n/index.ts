import polyglotI18nProvider from 'ra-i18n-polyglot';
import { fr } from './fr';

// French ships in the main chunk; English is fetched on first switch.
export const i18nProvider = polyglotI18nProvider(
  (locale) => (locale === 'en' ? import('./en').then((m) => m.en) : fr),
  'fr',
  [
    { locale: 'fr', name: 'Français' },
    { locale: 'en', name: 'English' },
  ],
);

/** Locale to format dates and amounts with, for the current UI language. */
export const intlLocale = (locale: string): string => (locale === 'en' ? 'en-GB' : 'fr-FR');

/** Request headers asking the API for its (error) messages in the language the UI speaks now: a switch applies at once. */
export const withUiLanguage = (headers?: HeadersInit): Headers => {
  const withLanguage = new Headers(headers);
  withLanguage.set('Accept-Language', i18nProvider.getLocale());
  return withLanguage;
};
