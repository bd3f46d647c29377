import { TextInput, type TextInputProps, useTranslate, type Validator } from 'react-admin';
import { withOwnCheck } from './withOwnCheck';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
export const pad = (n: string | number) => String(n).padStart(2, '0');

/** A real calendar day ('2026-02-30' is not one). */
export const isCalendarDay = (iso: string) => {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
};

/** Stored 'YYYY-MM-DD' → shown 'jj/mm/aaaa'; anything else (being typed) is shown as typed. */
export const showDate = (value: unknown): string => {
  if (typeof value !== 'string') return '';
  const iso = ISO.exec(value.slice(0, 10));
  return iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value;
};

/** Typed 'j/m/aaaa' → stored 'YYYY-MM-DD' once it is a real day; empty → null; otherwise kept as typed (then refused). */
export const storeDate = (typed: string): string | null => {
  const text = typed.trim();
  if (text === '') return null;
  const parts = TYPED.exec(text);
  if (!parts) return text;
  const iso = `${parts[3]}-${pad(parts[2])}-${pad(parts[1])}`;
  return isCalendarDay(iso) ? iso : text;
};

const frenchDay: Validator = (value: unknown) => (value == null || value === '' || (typeof value === 'string' && ISO.test(value) && isCalendarDay(value)) ? undefined : 'aic.validation.date');

/**
 * A date typed and shown as jj/mm/aaaa whatever the browser's own language (a native date field follows the
 * browser's, e.g. mm/dd/yyyy in an English one); stored as 'YYYY-MM-DD' like the API's dates.
 */
export const DateInput = ({ validate, helperText, ...props }: TextInputProps) => {
  const translate = useTranslate();
  return (
    <TextInput
      {...props}
      format={showDate}
      parse={storeDate}
      validate={withOwnCheck(frenchDay, validate)}
      helperText={helperText ?? 'aic.dateHint'}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off', placeholder: translate('aic.datePlaceholder') } }}
    />
  );
};
