import { BadRequestException, type ValidationError } from '@nestjs/common';
import { type Bilingual, bilingual } from './bilingual.js';

export const REQUIRED = bilingual('Champ obligatoire', 'Required field');
export const WHOLE_NUMBER = bilingual('Nombre entier attendu', 'Whole number expected');
const DATE = bilingual('Date attendue (AAAA-MM-JJ)', 'Date expected (YYYY-MM-DD)');
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
        : bilingual('Format invalide', 'Invalid format'),
  whitelistValidation: () => bilingual('Champ inconnu', 'Unknown field'),
  nestedValidation: () => bilingual('Valeur invalide', 'Invalid value'),
};

function translate(constraint: string, english: string): Bilingual {
  return Object.hasOwn(CONSTRAINT_MESSAGES, constraint) ? CONSTRAINT_MESSAGES[constraint](english) : bilingual(english, english);
}

/** Flattens class-validator errors into `{ "field" | "parent.child": message }`. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): Record<string, Bilingual> {
  const out: Record<string, Bilingual> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    if (constraints.length > 0) {
      const [name, message] = constraints[0];
      out[path] = translate(name, message);
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
