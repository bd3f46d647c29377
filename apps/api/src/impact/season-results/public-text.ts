/*
 * What leaves the back-office for the public (page, open data, booklet) is built from chosen columns only: no
 * person, contact, account, journal or comment is ever read. Free texts written about a laureate (mission, next
 * steps…) are public by nature, but a stray e-mail address or phone number typed into one is removed here too.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// French numbers (0X XX XX XX XX, +33 X…, 0033…) with spaces, dots or dashes, and other international ones (+CC …).
const PHONE = /(?:(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?|\b0)\d(?:[\s.-]?\d{2}){4}\b|\+\d{1,3}(?:[\s.-]?\d{2,4}){3,5}\b/g;

export const REDACTED = '[coordonnées retirées]';

/** The text without e-mail addresses or phone numbers. */
export function publicText(text: string): string;
export function publicText(text: string | null): string | null;
export function publicText(text: string | null): string | null {
  return text === null ? null : text.replace(EMAIL, REDACTED).replace(PHONE, REDACTED);
}

/** For tests and checks: the e-mail addresses and phone numbers found in a text. */
export function personalCoordinates(text: string): string[] {
  return [...(text.match(EMAIL) ?? []), ...(text.match(PHONE) ?? [])];
}
