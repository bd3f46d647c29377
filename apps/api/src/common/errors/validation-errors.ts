import { BadRequestException, type ValidationError } from '@nestjs/common';
import { type Bilingual, bilingual } from './bilingual.js';

export const REQUIRED = bilingual('Champ obligatoire', 'Required field');
export const WHOLE_NUMBER = bilingual('Nombre entier attendu', 'Whole number expected');
const DATE = bilingual('Date attendue (AAAA-MM-JJ)', 'Date expected (YYYY-MM-DD)');
const TEXT = {
  'must be on one line': bilingual('Une seule ligne attendue (ni tabulation ni retour à la ligne)', 'A single line expected (no tab nor line break)'),
  'must not contain control characters': bilingual('Caractère de contrôle ou invisible interdit', 'Control or invalid character not allowed'),
  'must contain visible characters': bilingual('Champ obligatoire (des caractères visibles sont attendus)', 'Required field (visible characters expected)'),
} as const;
const NOT_ALLOWED = bilingual('Valeur non autorisée', 'Value not allowed');
const AT_LEAST_ONE = bilingual('Au moins une valeur', 'At least one value');
const numberIn = (english: string, pattern = /-?[\d.]+/) => english.match(pattern)?.[0] ?? '';

/** Our texts for class-validator's constraints, from its English message (which carries the limits). */
export const CONSTRAINT_MESSAGES: Record<string, (english: string) => Bilingual> = {
  isNotEmpty: () => REQUIRED,
  isDefined: () => REQUIRED,
  isEmail: () => bilingual('Adresse e-mail invalide', 'Invalid email address'),
  isString: () => bilingual('Texte attendu', 'Text expected'),
  isInt: () => WHOLE_NUMBER,
  isNumber: () => bilingual('Nombre attendu (au plus 2 décimales)', 'Number expected (at most 2 decimal places)'),
  isBoolean: () => bilingual('Vrai ou faux attendu', 'True or false expected'),
  isIn: () => NOT_ALLOWED,
  isEnum: () => NOT_ALLOWED,
  isArray: () => bilingual('Liste attendue', 'List expected'),
  arrayNotEmpty: () => AT_LEAST_ONE,
  arrayMinSize: () => AT_LEAST_ONE,
  isDateString: () => DATE,
  isISO8601: () => DATE,
  isUrl: () => bilingual('Adresse web invalide (https://…)', 'Invalid web address (https://…)'),
  isUUID: () => bilingual('Identifiant invalide', 'Invalid identifier'),
  min: (m) => bilingual(`Valeur trop petite (minimum ${numberIn(m)})`, `Value too small (minimum ${numberIn(m)})`),
  max: (m) => bilingual(`Valeur trop grande (maximum ${numberIn(m)})`, `Value too large (maximum ${numberIn(m)})`),
  minLength: (m) => bilingual(`Trop court (au moins ${numberIn(m, /\d+/)} caractères)`, `Too short (at least ${numberIn(m, /\d+/)} characters)`),
  maxLength: (m) => bilingual(`Trop long (au plus ${numberIn(m, /\d+/)} caractères)`, `Too long (at most ${numberIn(m, /\d+/)} characters)`),
  matches: (m) =>
    m.includes('YYYY-MM-DD')
      ? DATE
      : m.includes('phone')
        ? bilingual('Numéro de téléphone invalide', 'Invalid phone number')
        : m.includes('SIRET')
          ? bilingual('SIRET invalide (14 chiffres)', 'Invalid SIRET (14 digits)')
          : m.includes('RNA')
            ? bilingual('Numéro RNA invalide (W et 9 caractères)', 'Invalid RNA number (W and 9 characters)')
            : bilingual('Format invalide', 'Invalid format'),
  text: (m) => TEXT[m.replace(/^\S+ /, '') as keyof typeof TEXT] ?? bilingual('Texte attendu', 'Text expected'),
  calendarDate: () => bilingual('Date existante attendue (AAAA-MM-JJ)', 'An existing date expected (YYYY-MM-DD)'),
  timeOfDay: () => bilingual('Heure attendue (HH:MM, de 00:00 à 23:59)', 'A time of day expected (HH:MM, 00:00 to 23:59)'),
  dateTime: () => bilingual('Date et heure ISO 8601 attendues (2026-04-14T09:30:00Z)', 'ISO 8601 date and time expected (2026-04-14T09:30:00Z)'),
  euros: () => bilingual('Montant en euros attendu (au plus 2 décimales)', 'Amount in euros expected (at most 2 decimal places)'),
  weight: () => bilingual('Poids de 0 à 100 attendu (au plus 2 décimales)', 'A weight from 0 to 100 expected (at most 2 decimal places)'),
  answers: () => bilingual('Liste de réponses { label, value } attendue (textes)', 'A list of answers { label, value } expected (texts)'),
  decimal: () => bilingual('Nombre attendu (au plus 4 décimales)', 'Number expected (at most 4 decimal places)'),
  whitelistValidation: () => bilingual('Champ inconnu', 'Unknown field'),
  nestedValidation: () => bilingual('Valeur invalide', 'Invalid value'),
};

function translate(constraint: string, english: string): Bilingual {
  return Object.hasOwn(CONSTRAINT_MESSAGES, constraint) ? CONSTRAINT_MESSAGES[constraint](english) : bilingual(english, english);
}

/**
 * Which failed constraint a field's message tells, when several failed: a missing value is "required" (not "too
 * long"), then a value of the wrong kind says what kind is expected, and only then its bounds.
 */
const FIRST = ['isDefined', 'isNotEmpty', 'whitelistValidation', 'isString', 'isInt', 'isNumber', 'isBoolean', 'isArray', 'isIn', 'isEnum', 'isEmail', 'isUrl', 'calendarDate', 'dateTime', 'text', 'euros', 'decimal', 'matches'];
const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);

/** Flattens class-validator errors into `{ "field" | "parent.child": message }`. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): Record<string, Bilingual> {
  const out: Record<string, Bilingual> = Object.create(null);
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {}).sort(([a], [b]) => rank(a) - rank(b));
    if (constraints.length > 0) {
      const [name, message] = constraints[0];
      const missing = Object.hasOwn(error, 'value') && (error.value === undefined || error.value === null) && name !== 'whitelistValidation';
      out[path] = missing ? REQUIRED : translate(name, message);
    }
    if (error.children?.length) Object.assign(out, flattenValidationErrors(error.children, path));
  }
  return out;
}

export function validationExceptionFactory(errors: ValidationError[]): BadRequestException {
  return new BadRequestException({ message: bilingual('Données invalides', 'Invalid data'), errors: flattenValidationErrors(errors) });
}

/** A rule checked by a service rather than a decorator, reported like a validation error. */
export function invalidField(field: string, message: Bilingual): BadRequestException {
  return new BadRequestException({ message, errors: { [field]: message } });
}
