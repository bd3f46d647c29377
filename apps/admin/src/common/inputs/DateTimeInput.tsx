import { TextInput, type TextInputProps, useTranslate, type Validator } from 'react-admin';
import { withOwnCheck } from './withOwnCheck';
import { isCalendarDay, pad } from './DateInput';

const TYPED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(?:à\s+)?(\d{1,2})[:h](\d{2})$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Stored ISO instant → shown 'jj/mm/aaaa hh:mm' in the browser's time zone; text being typed is shown as typed. */
export const showDateTime = (value: unknown): string => {
  if (typeof value !== 'string' || !INSTANT.test(value)) return typeof value === 'string' ? value : '';
  const date = new Date(value);
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

/** Typed 'j/m/aaaa h:mm' (or '14h30') in local time → an ISO instant once it is a real moment; empty → null. */
export const storeDateTime = (typed: string): string | null => {
  const text = typed.trim();
  if (text === '') return null;
  const parts = TYPED.exec(text);
  if (!parts) return text;
  const [, day, month, year, hours, minutes] = parts;
  if (!isCalendarDay(`${year}-${pad(month)}-${pad(day)}`) || Number(hours) > 23 || Number(minutes) > 59) return text;
  return new Date(Number(year), Number(month) - 1, Number(day), Number(hours), Number(minutes)).toISOString();
};

const frenchMoment: Validator = (value: unknown) =>
  value == null || value === '' || (typeof value === 'string' && INSTANT.test(value)) ? undefined : 'aic.validation.dateTime';

/**
 * A date and time typed and shown as jj/mm/aaaa hh:mm whatever the browser's language (a native datetime field
 * follows the browser's, e.g. mm/dd/yyyy, hh:mm AM in an English one); stored as an ISO instant like the API's.
 */
export const DateTimeInput = ({ validate, helperText, ...props }: TextInputProps) => {
  const translate = useTranslate();
  return (
    <TextInput
      {...props}
      format={showDateTime}
      parse={storeDateTime}
      validate={withOwnCheck(frenchMoment, validate)}
      helperText={helperText ?? 'aic.dateTimeHint'}
      slotProps={{ htmlInput: { autoComplete: 'off', placeholder: translate('aic.dateTimePlaceholder') } }}
    />
  );
};
