import { describe, expect, it } from '@jest/globals';
import { flattenValidationErrors } from './validation-errors.js';

describe('flattenValidationErrors', () => {
  it('gives one French message per field, nested fields as paths', () => {
    const errors = flattenValidationErrors([
      { property: 'email', constraints: { isEmail: 'email must be an email' }, children: [] },
      { property: 'password', constraints: { minLength: 'password must be longer than or equal to 12 characters' }, children: [] },
      { property: 'address', children: [{ property: 'city', constraints: { isNotEmpty: 'city should not be empty' }, children: [] }] },
    ]);
    expect(errors).toEqual({
      email: 'Adresse e-mail invalide',
      password: 'Trop court (au moins 12 caractères)',
      'address.city': 'Champ obligatoire',
    });
  });
});
