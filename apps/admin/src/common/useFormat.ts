import { useMemo } from 'react';
import { useLocaleState } from 'react-admin';
import { intlLocale } from '../i18n';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** Euros and dates in the UI language's format, for values that are not record fields (briefing, totals). */
export const useFormat = () => {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const loc = intlLocale(locale);
    const whole = new Intl.NumberFormat(loc, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    const cents = new Intl.NumberFormat(loc, { style: 'currency', currency: 'EUR' });
    return {
      euros: (amount: number) => (Number.isInteger(amount) ? whole : cents).format(amount),
      // 'YYYY-MM-DD' is a calendar day: format it in UTC so that no time zone shifts it.
      date: (iso: string) => new Date(iso).toLocaleDateString(loc, DATE_ONLY.test(iso) ? { timeZone: 'UTC' } : {}),
      percent: (ratio: number) => Math.round(ratio * 100).toLocaleString(loc),
    };
  }, [locale]);
};
