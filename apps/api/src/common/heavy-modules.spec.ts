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
/**
 * Lighter, but of no use to most instances' requests either (heap of a started API, measured beside the rest of it):
 * file-type +0.8 MB (an upload's media type), openid-client +0.4 MB with jose and oauth4webapi (ProConnect sign-in).
 */
const ON_FIRST_USE = ['file-type', 'openid-client'];

const sources = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((path) => path.endsWith('.ts') && !IGNORED.test(path))
  .map((path) => ({ path, text: readFileSync(join(SRC, path), 'utf8') }));

describe('heavy modules', () => {
  it('are used by the API (else this check guards nothing)', () => {
    for (const name of [...HEAVY, ...ON_FIRST_USE]) expect({ name, used: sources.some(({ text }) => text.includes(`'${name}`)) }).toEqual({ name, used: true });
  });

  it.each([...HEAVY, ...ON_FIRST_USE])('%s is loaded on first use: imported statically only by a file that is itself loaded with import()', (name) => {
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

  it('the demo data and its seeders (+1 MB of heap) are loaded only by an instance that seeds them (AIC_DEMO)', () => {
    const staticDemoImport = /^\s*(import|export)\s+(?!type\b)[^;]*?from\s+'[^']*\bdemo\//m;
    expect(sources.filter(({ text }) => staticDemoImport.test(text)).map(({ path }) => path)).toEqual([]);
    expect(sources.some(({ path, text }) => path === 'main.ts' && text.includes("import('./demo/seed-demo.js')"))).toBe(true);
  });
});
