import { describe, expect, it } from '@jest/globals';
import { bilingual, localize, negotiateLanguage } from './bilingual.js';

describe('negotiateLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['en-US,en;q=0.9,fr;q=0.8', 'en'],
    ['fr;q=0.5, en;q=0.7', 'en'],
    ['de-DE,de;q=0.9,en;q=0.5', 'en'],
    ['fr-FR,en;q=0.8', 'fr'],
    ['fr', 'fr'],
    ['en;q=0, fr;q=0.1', 'fr'],
    ['fr,en', 'fr'],
    ['de', 'fr'],
    ['*', 'fr'],
    ['', 'fr'],
    [undefined, 'fr'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});

describe('localize', () => {
  it('keeps the asked language of a bilingual text and leaves anything else as it is', () => {
    expect(localize(bilingual('Champ obligatoire', 'Required field'), 'en')).toBe('Required field');
    expect(localize(bilingual('Champ obligatoire', 'Required field'), 'fr')).toBe('Champ obligatoire');
    expect(localize('Cannot GET /x', 'fr')).toBe('Cannot GET /x');
    expect(localize(undefined, 'en')).toBeUndefined();
  });
});
