import { BadRequestException, HttpException, Logger, PayloadTooLargeException, ServiceUnavailableException, UnsupportedMediaTypeException } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { bilingual } from '../../common/errors/bilingual.js';
import type { FileStorage } from '../../common/storage/file-storage.js';
import { allowedMediaType, sanitiseFileName, SNIFF_BYTES } from './media-types.js';

/** A file as stored: what the document version records. */
export interface ReceivedFile {
  storageKey: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export const tooLarge = (maxBytes: number) =>
  new PayloadTooLargeException({
    message: bilingual(`Fichier trop volumineux : ${maxBytes / 1024 / 1024} Mo au plus`, `File too large: at most ${maxBytes / 1024 / 1024} MB`),
  });

export const storageUnavailable = () =>
  new ServiceUnavailableException({
    message: bilingual('Stockage des documents indisponible : réessayez plus tard', 'Document storage unavailable: try again later'),
  });

const logger = new Logger('Documents');

/**
 * Streams an uploaded file into the storage without holding it in memory: its type read from the first bytes
 * (415 outside the allow-list, before anything is stored), its size bounded while it flows (413, and nothing is
 * left in the storage), its SHA-256 computed on the way. Any failure of the storage itself answers 503.
 */
export async function receiveFile(source: Readable, rawFileName: string, storage: FileStorage, maxBytes: number): Promise<ReceivedFile> {
  const fileName = sanitiseFileName(rawFileName);
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const next = async () => {
    try {
      return await chunks.next();
    } catch (error) {
      if (error instanceof HttpException) throw error;
      throw new BadRequestException({ message: bilingual('Envoi du fichier interrompu', 'File upload interrupted') });
    }
  };

  // The rest of the request is read and dropped after a refusal, so that the client gets the answer.
  const drain = () =>
    void (async () => {
      try {
        while (!(await chunks.next()).done);
      } catch {
        // the client went away
      }
    })();

  const head: Buffer[] = [];
  let headBytes = 0;
  let ended = false;
  while (headBytes < SNIFF_BYTES) {
    const { value, done } = await next();
    if (done) {
      ended = true;
      break;
    }
    head.push(value);
    headBytes += value.length;
  }
  const first = Buffer.concat(head);
  const mediaType = await allowedMediaType(first.subarray(0, SNIFF_BYTES), fileName);
  if (!mediaType) {
    drain();
    throw new UnsupportedMediaTypeException({
      message: bilingual(
        'Type de fichier non accepté : PDF, images (PNG, JPEG, GIF, WebP), documents bureautiques (Word, Excel, PowerPoint, OpenDocument) ou CSV',
        'File type not accepted: PDF, images (PNG, JPEG, GIF, WebP), office documents (Word, Excel, PowerPoint, OpenDocument) or CSV',
      ),
    });
  }

  const hash = createHash('sha256');
  let size = 0;
  const count = (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    hash.update(chunk);
    return chunk;
  };
  const body = Readable.from(
    (async function* () {
      yield count(first);
      if (ended) return;
      for (;;) {
        const { value, done } = await next();
        if (done) return;
        yield count(value);
      }
    })(),
    { objectMode: false },
  );

  const storageKey = `documents/${randomUUID()}`;
  try {
    await storage.put(storageKey, body);
  } catch (error) {
    drain();
    if (error instanceof HttpException) throw error;
    logger.error({ err: { message: (error as Error).message, name: (error as Error).name, code: (error as { code?: string }).code }, storage: storage.description }, 'Storage write failed');
    throw storageUnavailable();
  }
  return { storageKey, fileName, mediaType, size, sha256: hash.digest('hex') };
}
