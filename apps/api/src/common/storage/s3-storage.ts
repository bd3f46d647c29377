import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Readable } from 'node:stream';
import type { S3Settings } from '../../config.js';
import { assertStorageKey, type FileStorage, StoredFileMissing } from './file-storage.js';

/**
 * Any S3-compatible object storage (AWS, Scaleway, OVHcloud, Outscale, MinIO…). Path-style addressing and checksums
 * only where the protocol requires them: what every S3-compatible service understands. An upload of unknown length
 * goes as a multipart upload of 5 MiB parts (lib-storage), so memory stays bounded whatever the file's size.
 */
export class S3Storage implements FileStorage {
  readonly description: string;
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.description = `s3:${settings.bucket}`;
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint ?? undefined,
      forcePathStyle: settings.endpoint !== null,
      credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      // A storage that is down answers within seconds, not after the request's five minutes.
      maxAttempts: 2,
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
    });
  }

  async put(key: string, body: Readable): Promise<void> {
    assertStorageKey(key);
    const upload = new Upload({ client: this.client, params: { Bucket: this.settings.bucket, Key: key, Body: body, ContentType: 'application/octet-stream' } });
    await upload.done();
  }

  async get(key: string): Promise<Readable> {
    assertStorageKey(key);
    try {
      const answer = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      return answer.Body as Readable;
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') throw new StoredFileMissing(key);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    assertStorageKey(key);
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
  }

  destroy(): void {
    this.client.destroy();
  }
}
