import { useCallback } from 'react';
import { useLocaleState } from 'react-admin';
import { intlLocale } from '../../i18n';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Formats a `date` column ('YYYY-MM-DD', shown as is) or a timestamp, in the UI language (dd/mm/yyyy in French). */
export const useFormatDate = () => {
  const [locale] = useLocaleState();
  return useCallback(
    (value: string | null | undefined, options: Intl.DateTimeFormatOptions = {}) => {
      if (!value) return '';
      const dateOnly = DATE_ONLY.test(value);
      return new Date(value).toLocaleString(intlLocale(locale), {
        ...(dateOnly ? { timeZone: 'UTC', dateStyle: 'short' } : { dateStyle: 'short', timeStyle: 'short' }),
        ...options,
      });
    },
    [locale],
  );
};

/** Today as 'YYYY-MM-DD' in the user's time zone, to compare with `date` columns. */
export const todayIso = (): string => {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
