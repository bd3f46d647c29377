import { BadRequestException, type ValidationError } from '@nestjs/common';

const FRENCH: Record<string, (english: string) => string> = {
  isNotEmpty: () => 'Champ obligatoire',
  isDefined: () => 'Champ obligatoire',
  isEmail: () => 'Adresse e-mail invalide',
  isString: () => 'Texte attendu',
  isInt: () => 'Nombre entier attendu',
  isNumber: () => 'Nombre attendu (au plus 2 décimales)',
  isBoolean: () => 'Vrai ou faux attendu',
  isIn: () => 'Valeur non autorisée',
  isEnum: () => 'Valeur non autorisée',
  isArray: () => 'Liste attendue',
  arrayNotEmpty: () => 'Au moins une valeur',
  arrayMinSize: () => 'Au moins une valeur',
  isDateString: () => 'Date attendue (AAAA-MM-JJ)',
  isISO8601: () => 'Date attendue (AAAA-MM-JJ)',
  isUrl: () => 'Adresse web invalide (https://…)',
  isUUID: () => 'Identifiant invalide',
  min: (m) => `Valeur trop petite (minimum ${m.match(/-?[\d.]+/)?.[0] ?? ''})`,
  max: (m) => `Valeur trop grande (maximum ${m.match(/-?[\d.]+/)?.[0] ?? ''})`,
  minLength: (m) => `Trop court (au moins ${m.match(/\d+/)?.[0] ?? ''} caractères)`,
  maxLength: (m) => `Trop long (au plus ${m.match(/\d+/)?.[0] ?? ''} caractères)`,
  matches: (m) => (m.includes('YYYY-MM-DD') ? 'Date attendue (AAAA-MM-JJ)' : m.includes('phone') ? 'Numéro de téléphone invalide' : 'Format invalide'),
  whitelistValidation: () => 'Champ inconnu',
  nestedValidation: () => 'Valeur invalide',
};

function translate(constraint: string, english: string): string {
  return FRENCH[constraint]?.(english) ?? english;
}

/** Flattens class-validator errors into `{ "field" | "parent.child": "message" }`. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
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
  return new BadRequestException({ message: 'Données invalides', errors: flattenValidationErrors(errors) });
}

/** A rule checked by a service rather than a decorator, reported like a validation error. */
export function invalidField(field: string, message: string): BadRequestException {
  return new BadRequestException({ message, errors: { [field]: message } });
}
