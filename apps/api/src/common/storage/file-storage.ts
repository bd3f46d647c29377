import type { Readable } from 'node:stream';

/**
 * Where documents' bytes live: local disk by default, S3-compatible object storage by configuration, so that
 * several API instances share files. Keys are made by the API (`documents/<uuid>`), never from a client's name.
 * Bodies stream both ways: no whole file in memory.
 */
export interface FileStorage {
  /** What the logs and the health of the service name: `disk:/path` or `s3:bucket`. */
  readonly description: string;
  /** Writes `body` under `key`; nothing is left under `key` when the body or the storage fails. */
  put(key: string, body: Readable): Promise<void>;
  /** The bytes under `key`; rejects with StoredFileMissing when there are none. */
  get(key: string): Promise<Readable>;
  /** Removes `key` (no error when it is already gone). */
  remove(key: string): Promise<void>;
}

export const FILE_STORAGE = Symbol('FileStorage');

/** The storage answered, and has nothing under the key. */
export class StoredFileMissing extends Error {
  constructor(readonly key: string) {
    super(`no stored file under ${key}`);
  }
}

const KEY = /^[a-z0-9][a-z0-9/_-]{0,199}$/;

/** Keys are the API's own; refusing anything else keeps a path traversal out of every adapter. */
export function assertStorageKey(key: string): void {
  if (!KEY.test(key) || key.includes('..') || key.includes('//')) throw new Error(`invalid storage key ${JSON.stringify(key)}`);
}
