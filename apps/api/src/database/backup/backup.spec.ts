import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { safeEntryName, writeArchive } from './archive.js';
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

describe('writeArchive', () => {
  it('fails the entries, instead of waiting forever, when the output cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aic-archive-'));
    try {
      const big = join(dir, 'big');
      writeFileSync(big, Buffer.alloc(8 << 20, 1));
      const archive = writeArchive(join(dir, 'missing-dir', 'out.tar.gz'));
      await expect(archive.file('big', big, 8 << 20)).rejects.toThrow(/ENOENT/);
      await expect(archive.finish()).rejects.toThrow(/ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
