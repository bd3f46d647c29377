import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { OPEN_DATA_FILES } from './open-data-files.js';

/** docs/open-data.md documents every published file and column: a column added without its line fails here. */
describe('docs/open-data.md', () => {
  const doc = readFileSync(new URL('../../../../../docs/open-data.md', import.meta.url), 'utf8');

  it.each(OPEN_DATA_FILES.map((f) => [f.name, f] as const))('documents the file %s and each of its columns', (_, file) => {
    expect(doc).toContain(`### \`${file.name}\``);
    const section = doc.slice(doc.indexOf(`### \`${file.name}\``)).split('\n### ')[0];
    for (const field of file.fields) expect({ file: file.name, field: field.name, documented: section.includes(`| \`${field.name}\` |`) }).toMatchObject({ documented: true });
  });
});
