import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../..', import.meta.url));
// The benchmark's baseline server is a stand-in for the load generator, not the API.
const IGNORED = /(\.spec\.ts|\.e2e-spec\.ts)$|^bench\//;

const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((path) => path.endsWith('.ts') && !IGNORED.test(path))
  .map((path) => ({ path: relative(SRC, join(SRC, path)), text: readFileSync(join(SRC, path), 'utf8') }));

/** Ways of giving a client a French-only (or empty) error text; throw sites give `bilingual(fr, en)` instead. */
const ONE_LANGUAGE: [string, RegExp][] = [
  // `message: '…'` as an exception's body, not a class-validator option (`@Matches(…, { message })`, read by validation-errors.ts)
  ['a literal message', /^(?!.*\b(Matches|Is[A-Z]\w*)\().*\bmessage:\s*['"`]/m],
  ['a literal field error', /\berrors:\s*\{[^}]*?:\s*['"`]/],
  ['a literal as an exception’s body', /\bnew \w+Exception\(\s*['"`]/],
  ['an empty text', /\bbilingual\(\s*(''|""|``)|\bbilingual\([^()]*,\s*(''|""|``)\s*\)/],
];

describe('error texts of the API', () => {
  it('scans the sources', () => {
    expect(sources.map((s) => s.path)).toEqual(expect.arrayContaining(['common/auth/auth.guard.ts', 'funding/grants/funding-envelope.ts']));
  });

  it.each(ONE_LANGUAGE)('never gives %s', (_, pattern) => {
    const offenders = sources.filter(({ text }) => pattern.test(text)).map(({ path, text }) => `${path}: ${text.match(pattern)?.[0]}`);
    expect(offenders).toEqual([]);
  });
});
