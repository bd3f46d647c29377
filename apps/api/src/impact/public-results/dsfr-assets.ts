import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The DSFR's stylesheet and Marianne fonts, from the package the admin already depends on, read once. */
const root = join(dirname(createRequire(import.meta.url).resolve('@codegouvfr/react-dsfr/package.json')), 'dsfr');

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
