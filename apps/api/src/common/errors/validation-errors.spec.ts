import { describe, expect, it } from '@jest/globals';
import { CONSTRAINT_MESSAGES, flattenValidationErrors } from './validation-errors.js';

describe('flattenValidationErrors', () => {
  it('gives one message per field in French and English, nested fields as paths', () => {
    const errors = flattenValidationErrors([
      { property: 'email', constraints: { isEmail: 'email must be an email' }, children: [] },
      { property: 'password', constraints: { minLength: 'password must be longer than or equal to 12 characters' }, children: [] },
      { property: 'address', children: [{ property: 'city', constraints: { isNotEmpty: 'city should not be empty' }, children: [] }] },
    ]);
    expect(errors).toEqual({
      email: { fr: 'Adresse e-mail invalide', en: 'Invalid email address' },
      password: { fr: 'Trop court (au moins 12 caractères)', en: 'Too short (at least 12 characters)' },
      'address.city': { fr: 'Champ obligatoire', en: 'Required field' },
    });
  });

  it('says a missing value is required, and a wrong kind of value what is expected, before any bound', () => {
    const errors = flattenValidationErrors([
      { property: 'email', value: undefined, constraints: { maxLength: 'email must be shorter than or equal to 254 characters', isEmail: 'email must be an email' }, children: [] },
      { property: 'name', value: 42, constraints: { maxLength: 'name must be shorter than or equal to 200 characters', isString: 'name must be a string' }, children: [] },
    ]);
    expect(errors).toEqual({ email: { fr: 'Champ obligatoire', en: 'Required field' }, name: { fr: 'Texte attendu', en: 'Text expected' } });
  });

  it('keeps class-validator’s message for a constraint it does not know', () => {
    const errors = flattenValidationErrors([{ property: 'code', constraints: { isHexColor: 'code must be a hexadecimal color' }, children: [] }]);
    expect(errors).toEqual({ code: { fr: 'code must be a hexadecimal color', en: 'code must be a hexadecimal color' } });
  });
});

describe('CONSTRAINT_MESSAGES', () => {
  // class-validator's English messages, as they carry the limits ("… must not be less than 3").
  const samples = ['must not be less than 3', 'must be a date (YYYY-MM-DD)', 'phone must be a phone number', 'must match /x/ regular expression'];

  it.each(Object.keys(CONSTRAINT_MESSAGES))('%s has a French and a different English text, neither empty', (constraint) => {
    for (const sample of samples) {
      const { fr, en } = CONSTRAINT_MESSAGES[constraint](sample);
      expect(fr.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      expect(en).not.toBe(fr);
    }
  });
});
