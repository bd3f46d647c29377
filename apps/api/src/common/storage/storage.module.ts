import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG } from '../../app-config.provider.js';
import type { AppConfig } from '../../config.js';
import { DiskStorage } from './disk-storage.js';
import { FILE_STORAGE, type FileStorage } from './file-storage.js';
import { S3Storage } from './s3-storage.js';

export function fileStorageOf(config: AppConfig): FileStorage {
  return config.s3 ? new S3Storage(config.s3) : new DiskStorage(config.filesDir);
}

@Global()
@Module({
  providers: [{ provide: FILE_STORAGE, inject: [APP_CONFIG], useFactory: fileStorageOf }],
  exports: [FILE_STORAGE],
})
export class StorageModule implements OnApplicationShutdown {
  constructor(@Inject(FILE_STORAGE) private readonly storage: FileStorage) {}

  onApplicationShutdown(): void {
    if (this.storage instanceof S3Storage) this.storage.destroy();
  }
}
