import { describe, expect, it } from '@jest/globals';
import { isCalendarDate, isDateTime } from './dates.js';
import { jsonContentProblem, jsonShapeProblem, MAX_JSON_DEPTH, MAX_JSON_KEYS } from './json-shape.js';
import { hasForbiddenCharacter, isInvisible, normaliseText, textProblem } from './text-rules.js';

describe('text rules', () => {
  it.each(['\u0000', 'a\u0001', '\u001f', '\u007f', '\u0085', '\u009f', '\ud800', 'x\udc00', '\ufffe', '\ufdd0'])('refuses %j everywhere', (text) => {
    expect(hasForbiddenCharacter(text)).toBe(true);
    expect(textProblem(text, true)).toBe('control character');
  });

  it('accepts emoji (surrogate pairs), accents and line breaks in multi-line text only', () => {
    expect(hasForbiddenCharacter('😀 Académie 👩‍👩‍👧')).toBe(false);
    expect(textProblem('une\n\tdeux\r\n', true)).toBeNull();
    expect(textProblem('une\ndeux', false)).toBe('line break');
    expect(textProblem('une\u2028deux', false)).toBe('line break');
  });

  it('normalises single-line text: NFC, trimmed, inner white space (NBSP, thin space) collapsed', () => {
    expect(normaliseText('  Acade\u0301mie\u00a0de \u2009  Cre\u0301teil\ufeff ', false)).toBe('Académie de Créteil'.normalize('NFC'));
    expect(normaliseText(' Deux\nlignes ', false)).toBe('Deux\nlignes'); // kept, for the validator to refuse
  });

  it('normalises multi-line text: NFC, trimmed, CRLF as LF, inner lines kept', () => {
    expect(normaliseText('\n  une\r\n\tdeux  \r\n', true)).toBe('une\n\tdeux');
  });

  it('leaves a refused string and non-strings as they came', () => {
    expect(normaliseText(' a\u0000 ', false)).toBe(' a\u0000 ');
    expect(normaliseText(42, false)).toBe(42);
  });

  it('knows invisible text', () => {
    expect(isInvisible('\u200b\u00a0\u2060\ufeff\u200e ')).toBe(true);
    expect(isInvisible('\u200bA')).toBe(false);
  });
});

describe('dates', () => {
  it.each(['2026-02-28', '2024-02-29', '1000-01-01', '9999-12-31'])('%s exists', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '0999-01-01', '2026-1-1', '2026-01-01T00:00:00Z', ' 2026-01-01'])('%s is refused', (d) =>
    expect(isCalendarDate(d)).toBe(false),
  );
  it('reads ISO date-times with an offset on existing days', () => {
    expect(isDateTime('2026-04-14T09:30:00Z')).toBe(true);
    expect(isDateTime('2026-04-14T09:30:00.123+02:00')).toBe(true);
    expect(isDateTime('2026-02-30T09:30:00Z')).toBe(false);
    expect(isDateTime('2026-04-14T24:00:00Z')).toBe(false);
    expect(isDateTime('2026-04-14T09:30:00')).toBe(false);
  });
});

describe('JSON shape', () => {
  it(`bounds nesting at ${MAX_JSON_DEPTH} levels and members at ${MAX_JSON_KEYS}, ignoring brackets inside strings`, () => {
    expect(jsonShapeProblem('['.repeat(MAX_JSON_DEPTH) + ']'.repeat(MAX_JSON_DEPTH))).toBeNull();
    expect(jsonShapeProblem('['.repeat(MAX_JSON_DEPTH + 1))?.en).toMatch(/nested too deeply/);
    expect(jsonShapeProblem(JSON.stringify({ a: '[[[[{{{{'.repeat(100), 'b\\"[': 1 }))).toBeNull();
    expect(jsonShapeProblem(`{${Array.from({ length: MAX_JSON_KEYS + 1 }, (_, i) => `"k${i}":1`).join(',')}}`)?.en).toMatch(/at most/);
  });

  it('names the first string with a control character and the first reserved key, by path', () => {
    expect(jsonContentProblem({ name: 'ok', members: [{ name: 'a\u0000' }] })).toEqual({ 'members.0.name': expect.anything() });
    expect(jsonContentProblem(JSON.parse('{"a":{"constructor":1}}'))).toEqual({ 'a.constructor': expect.anything() });
    expect(jsonContentProblem(JSON.parse('{"toString":"x"}'))).toEqual({ toString: expect.anything() });
    expect(jsonContentProblem({ name: 'Académie 😀', list: [1, null, true] })).toBeNull();
  });
});
