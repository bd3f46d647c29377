import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../../app-config.provider.js';
import type { AppConfig } from '../../config.js';
import { DiskStorage } from './disk-storage.js';
import { FILE_STORAGE, type FileStorage } from './file-storage.js';

/** The AWS SDK (~25 MB of memory per process) is loaded only when an S3 bucket is configured. */
export async function fileStorageOf(config: AppConfig): Promise<FileStorage> {
  if (!config.s3) return new DiskStorage(config.filesDir);
  const { S3Storage } = await import('./s3-storage.js');
  return new S3Storage(config.s3);
}

@Global()
@Module({
  providers: [{ provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: fileStorageOf }],
  exports: [FILE_STORAGE],
})
export class StorageModule implements OnApplicationShutdown {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  onApplicationShutdown(): void {
    if ('destroy' in this.storage && typeof this.storage.destroy === 'function') this.storage.destroy();
  }
}
