/**
 * What text the API accepts and how it stores it, written once (issue 13, defects 2 and 5).
 * - Never: NUL and the other control characters (C0 but tab and line breaks, DEL, C1), lone UTF-16 surrogates
 *   (JSON's `\ud800` escape), non-characters. PostgreSQL refuses NUL; the rest is invisible and unsearchable.
 * - Tabs and line breaks: only in fields declared multi-line (`MultilineText` in fields.ts).
 * - Stored in NFC; single-line text trimmed with every inner run of white space (NBSP and the other Unicode spaces
 *   included) collapsed into one space; multi-line text trimmed, its line breaks as `\n`.
 * - A required text must hold at least one visible character (not only zero-width or other invisible ones).
 */

/** Characters refused in every string a client sends, whatever the field (in `u` mode a surrogate range matches lone ones only). */
// eslint-disable-next-line no-control-regex
const NEVER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]/u;
/** Tab and line breaks (and the Unicode line and paragraph separators): only in multi-line fields. */
const LINE_BREAKS = /[\t\n\r\u2028\u2029]/;
/** Characters that draw nothing: white space, format characters (zero-width, BOM, bidi marks), default-ignorables. */
const INVISIBLE = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}]*$/u;

export type TextProblem = 'control character' | 'line break';

/** Why a string cannot be stored, or null. */
export function textProblem(value: string, multiline: boolean): TextProblem | null {
  if (NEVER.test(value)) return 'control character';
  if (!multiline && LINE_BREAKS.test(value)) return 'line break';
  return null;
}

/** True for a string refused everywhere (body, query): NUL, control characters, lone surrogates. */
export const hasForbiddenCharacter = (value: string): boolean => NEVER.test(value);

/** True when the text shows nothing: empty, or only white space and invisible characters. */
export const isInvisible = (value: string): boolean => INVISIBLE.test(value);

const trimAll = (value: string) => value.replace(/^[\p{White_Space}\ufeff]+|[\p{White_Space}\ufeff]+$/gu, '');

/**
 * Text as stored: NFC and trimmed; single-line text with every inner run of white space (NBSP and the other
 * Unicode spaces included) as one space; multi-line text with `\n` line breaks. A string that cannot be stored is
 * left as it came, for the validator to refuse with the right message.
 */
export function normaliseText(value: unknown, multiline: boolean): unknown {
  if (typeof value !== 'string' || NEVER.test(value)) return value;
  const text = trimAll(value.normalize('NFC'));
  if (multiline) return text.replace(/\r\n?/g, '\n');
  return LINE_BREAKS.test(text) ? text : text.replace(/\p{White_Space}+/gu, ' ');
}
