// Copies the DSFR stylesheet and its Marianne fonts into dist/dsfr for the public results pages: the production
// image installs the API's dependencies only, not the admin's (where @codegouvfr/react-dsfr comes from).
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const source = join(dirname(createRequire(import.meta.url).resolve('@codegouvfr/react-dsfr/package.json')), 'dsfr');
const target = join(import.meta.dirname, 'dist', 'dsfr');
mkdirSync(join(target, 'fonts'), { recursive: true });
copyFileSync(join(source, 'dsfr.min.css'), join(target, 'dsfr.min.css'));
for (const font of readdirSync(join(source, 'fonts')).filter((f) => f.endsWith('.woff2'))) copyFileSync(join(source, 'fonts', font), join(target, 'fonts', font));
