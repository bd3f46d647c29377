import { ROLES } from '@aic/domain';
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { CALLERS, columns, expectedStatuses, PERMISSIONS, type Row, withRenderedPermissions } from './permissions.js';

const DOC = new URL('../../../../../docs/permissions.md', import.meta.url);

describe('the permission matrix', () => {
  it('has a column for anonymous callers and for every role, two for those whose answers depend on the laureate', () => {
    expect(CALLERS).toEqual(['anonymous', ...ROLES]);
    expect(columns().map((c) => c.caller)).toEqual(['anonymous', 'admin', 'programme_lead', 'acceleration_manager', 'acceleration_manager', 'referent', 'referent', 'evaluator', 'evaluator']);
  });

  it.each(Object.entries(PERMISSIONS as Record<string, Row>))('%s: a status for every caller on every target', (key, row) => {
    expect(key).toMatch(/^(GET|POST|PUT|DELETE|OPTIONS) \/\S*$/);
    for (const caller of CALLERS) {
      for (const target of ['own', 'other'] as const) {
        const statuses = expectedStatuses(row, caller, target);
        expect([caller, target, statuses.length > 0 && statuses.every((s) => Number.isInteger(s) && s >= 200 && s < 500)]).toEqual([caller, target, true]);
      }
    }
  });

  it('is rendered in docs/permissions.md as it stands (else: npm run docs:permissions)', () => {
    const doc = readFileSync(DOC, 'utf8');
    expect(withRenderedPermissions(doc)).toBe(doc);
  });
});
