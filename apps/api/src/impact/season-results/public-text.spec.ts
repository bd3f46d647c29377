import { describe, expect, it } from '@jest/globals';
import { personalCoordinates, publicText, REDACTED } from './public-text.js';

describe('publicText', () => {
  it.each([
    ['Écrire à camille.exemple@infoclimat.example pour venir', `Écrire à ${REDACTED} pour venir`],
    ['Tél. 01 23 45 67 89.', `Tél. ${REDACTED}.`],
    ['Tél. 06.12.34.56.78', `Tél. ${REDACTED}`],
    ['Tél. +33 1 00 00 00 01', `Tél. ${REDACTED}`],
    ['Tél. +33 (0)6 12 34 56 78', `Tél. ${REDACTED}`],
    ['Tél. 0033612345678', `Tél. ${REDACTED}`],
    ['Call +44 20 7946 0958', `Call ${REDACTED}`],
  ])('removes the coordinates of %j', (text, expected) => {
    expect(publicText(text)).toBe(expected);
    expect(personalCoordinates(publicText(text))).toEqual([]);
  });

  it.each([
    '2022 : ouverture de 5 nouvelles stations météorologiques dans 5 départements (02, 13, 55, 77, 27)',
    '700 étudiants de 36 universités, 20 enseignements',
    'Plus de 800 000 € versés en 2022-2023',
    'https://asso.infoclimat.fr/',
  ])('keeps ordinary figures and addresses: %j', (text) => {
    expect(publicText(text)).toBe(text);
  });

  it('keeps null', () => expect(publicText(null)).toBeNull());
});
