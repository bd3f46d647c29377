import { describe, expect, it } from '@jest/globals';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('quotes what needs it and leaves empty cells for null', () => {
    const csv = toCsv(['a', 'b', 'c'], [{ a: 'Ma Dada', b: 'un, deux', c: null }, { a: 'dit « oui » et "non"', b: 'ligne 1\nligne 2', c: 3.5 }]);
    expect(csv).toBe('a,b,c\r\nMa Dada,"un, deux",\r\n"dit « oui » et ""non""","ligne 1\nligne 2",3.5\r\n');
  });

  it('writes only the header for no rows', () => expect(toCsv(['x'], [])).toBe('x\r\n'));
});
