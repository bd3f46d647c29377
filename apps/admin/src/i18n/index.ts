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
