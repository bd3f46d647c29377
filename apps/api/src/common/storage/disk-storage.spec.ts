import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { DiskStorage } from './disk-storage.js';
import { StoredFileMissing } from './file-storage.js';

const root = mkdtempSync(join(tmpdir(), 'aic-disk-storage-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const allFiles = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);

describe('DiskStorage', () => {
  const storage = new DiskStorage(join(root, 'files'));

  it('writes a stream and reads it back', async () => {
    await storage.put('documents/a1', Readable.from([Buffer.from('bonjour '), Buffer.from('le monde')]));
    expect(await text(await storage.get('documents/a1'))).toBe('bonjour le monde');
  });

  it('leaves nothing, not even a partial file, when the body fails midway', async () => {
    const failing = Readable.from(
      (async function* () {
        yield Buffer.alloc(100_000, 1);
        throw new Error('client went away');
      })(),
    );
    await expect(storage.put('documents/b2', failing)).rejects.toThrow('client went away');
    expect(allFiles(join(root, 'files'))).toEqual(['a1']);
    await expect(storage.get('documents/b2')).rejects.toBeInstanceOf(StoredFileMissing);
  });

  it('refuses keys it did not make (no path traversal)', async () => {
    for (const key of ['../outside', 'documents/../../x', '/etc/passwd', 'Documents/A', 'a//b']) {
      await expect(storage.put(key, Readable.from([Buffer.from('x')]))).rejects.toThrow(/invalid storage key/);
    }
  });

  it('fails when the storage cannot be written (a file where its directory should be)', async () => {
    writeFileSync(join(root, 'not-a-directory'), 'x');
    const broken = new DiskStorage(join(root, 'not-a-directory'));
    await expect(broken.put('documents/c3', Readable.from([Buffer.from('x')]))).rejects.toThrow(/ENOTDIR|EEXIST/);
  });

  it('removes a file, and removing it again is no error', async () => {
    await storage.remove('documents/a1');
    await storage.remove('documents/a1');
    await expect(storage.get('documents/a1')).rejects.toBeInstanceOf(StoredFileMissing);
  });
});
