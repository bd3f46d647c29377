import fastifyMultipart from '@fastify/multipart';
import { BadRequestException, HttpException, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../../config.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { invalidField, REQUIRED } from '../../common/errors/validation-errors.js';
import type { FileStorage } from '../../common/storage/file-storage.js';
import { receiveFile, type ReceivedFile, tooLarge } from './received-file.js';

const FIELDS = 20;

/** multipart/form-data for uploads (@fastify/multipart): read as a stream by the route that expects it, nowhere else. */
export async function registerUploads(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(fastifyMultipart, {
    // One byte above the limit, so that receiveFile sees an oversized file and answers 413 (busboy would cut it silently).
    limits: { fileSize: config.maxUploadMb * 1024 * 1024 + 1, files: 1, fields: FIELDS, parts: FIELDS + 1, fieldSize: 10_000 },
    throwFileSizeLimit: false,
  });
}

/**
 * Reads an upload: the form fields first (checked by `checkFields`, which may refuse before a byte of the file is
 * stored), then the one part named `file`, streamed into the storage.
 */
export async function readUpload<F>(
  request: FastifyRequest,
  storage: FileStorage,
  maxBytes: number,
  checkFields: (fields: Record<string, string>) => Promise<F>,
): Promise<{ fields: F; file: ReceivedFile }> {
  if (!request.isMultipart()) {
    throw new UnsupportedMediaTypeException({ message: bilingual('Envoi attendu en multipart/form-data', 'multipart/form-data expected') });
  }
  const fields: Record<string, string> = Object.create(null);
  let received: { fields: F; file: ReceivedFile } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (!received && typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      if (received || part.fieldname !== 'file') {
        part.file.resume();
        continue;
      }
      const checked = await checkFields({ ...fields });
      received = { fields: checked, file: await receiveFile(part.file, part.filename, storage, maxBytes) };
    }
  } catch (error) {
    throw asHttpError(error, maxBytes);
  }
  if (!received) throw invalidField('file', REQUIRED);
  return received;
}

/** Errors of the multipart parser as HTTP answers of the API's shape. */
function asHttpError(error: unknown, maxBytes: number): unknown {
  if (error instanceof HttpException) return error;
  const code = (error as { code?: string }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge(maxBytes);
  if (code === 'FST_PARTS_LIMIT' || code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT') {
    return new PayloadTooLargeException({ message: bilingual('Trop de champs ou de fichiers dans l’envoi', 'Too many fields or files in the upload') });
  }
  const message = (error as { message?: string }).message ?? '';
  if (code?.startsWith('FST_') || /^(Unexpected end of (form|multipart data)|Malformed part header|Multipart: Boundary not found)/.test(message)) return new BadRequestException({ message: bilingual('Envoi multipart invalide', 'Invalid multipart upload') });
  return error;
}
