import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * The DSFR's stylesheet and Marianne fonts, read once: from dist/dsfr, where the build copies them
 * (copy-dsfr-assets.mjs: the production image has the API's dependencies only), else from the package the admin
 * depends on (tests and development, run from the sources).
 */
const built = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dsfr');
const root = existsSync(join(built, 'dsfr.min.css')) ? built : join(dirname(createRequire(import.meta.url).resolve('@codegouvfr/react-dsfr/package.json')), 'dsfr');

export interface Asset {
  contentType: string;
  body: Buffer;
  gzipped?: Buffer;
}

let css: Asset | undefined;
const fonts = new Map<string, Asset>();

export function dsfrStylesheet(): Asset {
  if (!css) {
    const body = readFileSync(join(root, 'dsfr.min.css'));
    css = { contentType: 'text/css; charset=utf-8', body, gzipped: gzipSync(body) };
  }
  return css;
}

/** A woff2 font of the DSFR by its file name; undefined for any other name. */
export function dsfrFont(name: string): Asset | undefined {
  if (fonts.size === 0) {
    for (const file of readdirSync(join(root, 'fonts'))) {
      if (file.endsWith('.woff2')) fonts.set(file, { contentType: 'font/woff2', body: readFileSync(join(root, 'fonts', file)) });
    }
  }
  return fonts.get(name);
}
