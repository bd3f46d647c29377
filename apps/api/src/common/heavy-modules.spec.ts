import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('..', import.meta.url));
// Tests, the benchmark and the command-line tools are not the API process.
const IGNORED = /(\.spec\.ts|\.e2e-spec\.ts)$|^(bench|cli|demo)\//;

/**
 * Packages that weigh tens of MB once loaded (RSS of a bare Node process, measured: pdfkit +28, exceljs +28, the AWS
 * SDK +27, nodemailer +15) and serve one feature: the API loads them with `await import()` when first used, so that
 * an instance stays under 200 MB (issue 18). A static import would load them with the API.
 */
const HEAVY = ['pdfkit', 'exceljs', '@aws-sdk/', 'nodemailer'];

const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((path) => path.endsWith('.ts') && !IGNORED.test(path))
  .map((path) => ({ path, text: readFileSync(join(SRC, path), 'utf8') }));

describe('heavy modules', () => {
  it('are used by the API (else this check guards nothing)', () => {
    for (const name of HEAVY) expect({ name, used: sources.some(({ text }) => text.includes(`'${name}`)) }).toEqual({ name, used: true });
  });

  it.each(HEAVY)('%s is loaded on first use: imported statically only by a file that is itself loaded with import()', (name) => {
    const importsStatically = (text: string, module: string) =>
      new RegExp(`^\\s*(import|export)\\s+(?!type\\b)[^;]*?from\\s+'${module.replace(/[/.]/g, '\\$&')}`, 'm').test(text);
    const offenders = sources
      .filter(({ text }) => importsStatically(text, name))
      .filter(({ path }) => {
        const file = path.split('/').pop()!.replace(/\.ts$/, '.js');
        return sources.some(({ text }) => new RegExp(`^\\s*(import|export)\\s+(?!type\\b)[^;]*?from\\s+'[^']*/${file.replace(/[.]/g, '\\.')}'`, 'm').test(text));
      })
      .map(({ path }) => path);
    expect(offenders).toEqual([]);
  });
});
