// A gzipped tar written and read entry by entry (tar-stream), so that a file of a live data directory is copied at
// the size it had when listed, whatever happens to it meanwhile.
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import tarStream from 'tar-stream';

const CHUNK = 1 << 20;

export interface ArchiveWriter {
  directory(name: string, mode?: number): Promise<void>;
  buffer(name: string, content: Buffer | string, mode?: number): Promise<void>;
  /**
   * Copies `size` bytes of a file. A file truncated since it was listed (PostgreSQL may shorten a relation during the
   * copy) is padded with zeros, as pg_basebackup does: WAL replay rewrites those pages. Returns false when the file
   * is gone (a dropped relation: replay removes it anyway).
   */
  file(name: string, path: string, size: number, mode?: number): Promise<boolean>;
  /** Ends the archive and waits until it is written. */
  finish(): Promise<void>;
  /** Stops writing after an error. */
  abort(error: Error): Promise<void>;
}

export function writeArchive(outFile: string, gzipLevel = 3): ArchiveWriter {
  const pack = tarStream.pack();
  const done = pipeline(pack, createGzip({ level: gzipLevel }), createWriteStream(outFile, { mode: 0o600 }));
  // A failed output (no such directory, disk full) ends every wait on an entry instead of leaving it pending forever.
  const failed = done.then(() => new Promise<never>(() => undefined));
  failed.catch(() => undefined);
  const guard = <T>(promise: Promise<T>) => Promise.race([promise, failed]);
  const entry = (header: Partial<tarStream.Header> & { name: string }, content?: Buffer) =>
    guard(
      new Promise<void>((resolve, reject) => {
        pack.entry({ mtime: new Date(), ...header }, content ?? Buffer.alloc(0), (error) => (error ? reject(error) : resolve()));
      }),
    );
  return {
    directory: (name, mode = 0o700) => entry({ name, type: 'directory', mode }),
    buffer: (name, content, mode = 0o600) => entry({ name, type: 'file', mode }, Buffer.from(content)),
    async file(name, path, size, mode = 0o600) {
      let handle;
      try {
        handle = await open(path, 'r');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
      try {
        const stream = pack.entry({ name, type: 'file', size, mode, mtime: new Date() });
        const finished = new Promise<void>((resolve, reject) => {
          stream.once('error', reject);
          stream.once('finish', resolve);
          stream.once('close', resolve);
        });
        finished.catch(() => undefined); // awaited below; may fail before that
        const write = (chunk: Buffer) => (stream.write(chunk) ? Promise.resolve() : guard(new Promise<void>((resolve) => stream.once('drain', () => resolve()))));
        let position = 0;
        while (position < size) {
          const chunk = Buffer.alloc(Math.min(CHUNK, size - position));
          const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
          if (bytesRead === 0) {
            await write(Buffer.alloc(size - position)); // truncated meanwhile: zeros up to the listed size
            position = size;
            break;
          }
          await write(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
          position += bytesRead;
        }
        stream.end(undefined);
        await guard(finished);
        return true;
      } finally {
        await handle.close();
      }
    },
    async finish() {
      pack.finalize();
      await done;
    },
    async abort(error) {
      pack.destroy(error);
      await done.catch(() => undefined);
    },
  };
}

export interface ExtractedEntry {
  name: string;
  type: 'file' | 'directory';
  /** The content, for the entries `keep` asked to hold in memory instead of writing them. */
  content?: Buffer;
}

/** A relative path that stays inside the target directory. */
export function safeEntryName(name: string): string {
  const clean = normalize(name.replace(/\/+$/, ''));
  if (clean === '.' || clean === '') return '.';
  if (clean.startsWith(sep) || clean === '..' || clean.startsWith(`..${sep}`)) throw new Error(`unsafe path in the archive: ${name}`);
  return clean;
}

/**
 * Unpacks a gzipped tar into `targetDir`: regular files and directories only (anything else is refused), modes kept,
 * names checked to stay inside. Entries for which `keep(name)` is true are returned in memory, not written.
 */
export async function extractArchive(archive: string, targetDir: string, keep: (name: string) => boolean): Promise<ExtractedEntry[]> {
  const extract = tarStream.extract();
  const entries: ExtractedEntry[] = [];
  const consume = (async () => {
    for await (const entry of extract) {
      const { header } = entry;
      const name = safeEntryName(header.name);
      if (header.type === 'directory') {
        await mkdir(join(targetDir, name), { recursive: true, mode: 0o700 });
        entries.push({ name, type: 'directory' });
        entry.resume();
      } else if (header.type === 'file') {
        if (keep(name)) {
          const chunks: Buffer[] = [];
          for await (const chunk of entry) chunks.push(chunk as Buffer);
          entries.push({ name, type: 'file', content: Buffer.concat(chunks) });
        } else {
          await mkdir(dirname(join(targetDir, name)), { recursive: true, mode: 0o700 });
          await pipeline(entry, createWriteStream(join(targetDir, name), { mode: (header.mode ?? 0o600) & 0o777 }));
          entries.push({ name, type: 'file' });
        }
      } else {
        throw new Error(`unexpected ${header.type} entry in the archive: ${header.name}`);
      }
    }
  })();
  await Promise.all([pipeline(createReadStream(archive), createGunzip(), extract), consume]);
  return entries;
}
