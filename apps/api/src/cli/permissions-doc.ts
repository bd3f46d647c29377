// Renders the permission matrix (common/auth/permissions.ts) into docs/permissions.md, between its markers.
// `--check`: exits 1 instead when the doc is stale (the unit test permissions.spec.ts checks the same).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withRenderedPermissions } from '../common/auth/permissions.js';

const doc = fileURLToPath(new URL('../../../../docs/permissions.md', import.meta.url));
const current = readFileSync(doc, 'utf8');
const rendered = withRenderedPermissions(current);
if (process.argv.includes('--check')) {
  if (rendered !== current) {
    console.error('docs/permissions.md is stale: run npm run docs:permissions');
    process.exit(1);
  }
} else if (rendered !== current) {
  writeFileSync(doc, rendered);
  console.log('docs/permissions.md updated');
} else {
  console.log('docs/permissions.md is up to date');
}
