import { describe, expect, it } from '@jest/globals';
import { safeEntryName } from './archive.js';
import { segmentNumber } from './base-backup.js';

describe('safeEntryName', () => {
  it('keeps paths inside the data directory', () => {
    expect(safeEntryName('base/5/1259')).toBe('base/5/1259');
    expect(safeEntryName('pg_wal/')).toBe('pg_wal');
    expect(safeEntryName('./PG_VERSION')).toBe('PG_VERSION');
  });

  it('refuses paths that leave it', () => {
    for (const name of ['../pg', '/etc/passwd', 'base/../../x', '..']) expect(() => safeEntryName(name)).toThrow(/unsafe path/);
  });
});

describe('segmentNumber', () => {
  it('numbers WAL segments across log files (16 MB: 256 segments per log id)', () => {
    expect(segmentNumber('000000010000000000000002', 16 * 1024 ** 2)).toBe(2n);
    expect(segmentNumber('0000000100000001000000FF', 16 * 1024 ** 2)).toBe(511n);
    expect(segmentNumber('000000020000000100000000', 64 * 1024 ** 2)).toBe(64n);
  });
});
