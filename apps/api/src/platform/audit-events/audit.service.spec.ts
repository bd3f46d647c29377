import { describe, expect, it } from '@jest/globals';
import { diffRecords } from './audit.service.js';

describe('diffRecords', () => {
  it('keeps only changed fields of an update, with before and after', () => {
    const before = { id: 1, name: 'A', acronym: null, version: 1, updatedAt: new Date(0) };
    const after = { id: 1, name: 'B', acronym: null, version: 2, updatedAt: new Date() };
    expect(diffRecords(before, after)).toEqual({ name: { before: 'A', after: 'B' } });
  });

  it('records every field of a create or a delete, dates as ISO strings', () => {
    expect(diffRecords(null, { id: 3, heldOn: new Date('2022-04-14T00:00:00Z') })).toEqual({
      id: { before: null, after: 3 },
      heldOn: { before: null, after: '2022-04-14T00:00:00.000Z' },
    });
    expect(diffRecords({ id: 3 }, null)).toEqual({ id: { before: 3, after: null } });
  });

  it('never writes secrets', () => {
    expect(diffRecords({ passwordHash: 'old' }, { passwordHash: 'new' })).toEqual({ passwordHash: { before: '***', after: '***' } });
  });

  it('compares arrays by value', () => {
    expect(diffRecords({ roles: ['a'] }, { roles: ['a'] })).toEqual({});
    expect(diffRecords({ roles: ['a'] }, { roles: ['a', 'b'] })).toEqual({ roles: { before: ['a'], after: ['a', 'b'] } });
  });
});
