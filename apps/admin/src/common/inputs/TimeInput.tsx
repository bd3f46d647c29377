import { TextInput, type TextInputProps, type Validator } from 'react-admin';
import { pad } from './DateInput';
import { withOwnCheck } from './withOwnCheck';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const TYPED = /^(\d{1,2})\s*[:hH.]\s*(\d{2})$/;

/** Typed '9:30', '14h30' or '14.30' → stored '09:30' / '14:30'; empty → null; anything else kept as typed (then refused). */
export const storeTime = (typed: string): string | null => {
  const text = typed.trim();
  if (text === '') return null;
  const parts = TYPED.exec(text);
  const time = parts ? `${pad(parts[1])}:${parts[2]}` : text;
  return TIME.test(time) ? time : text;
};

const timeOfDay: Validator = (value: unknown) => (value == null || value === '' || (typeof value === 'string' && TIME.test(value)) ? undefined : 'aic.validation.time');

/**
 * A time of day typed as text (14:30, or 14h30 as French writes it) and stored as 'HH:MM' like the API's: a native
 * time field follows the browser's language (2:30 PM in an English one) and reads poorly with screen readers.
 */
export const TimeInput = ({ validate, helperText, ...props }: TextInputProps) => (
  <TextInput
    {...props}
    format={(value: unknown) => (typeof value === 'string' ? value : '')}
    parse={storeTime}
    validate={withOwnCheck(timeOfDay, validate)}
    helperText={helperText ?? 'aic.timeHint'}
    slotProps={{ htmlInput: { autoComplete: 'off', placeholder: 'HH:MM' } }}
  />
);
