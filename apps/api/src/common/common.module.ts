import { Global, Module } from '@nestjs/common';
import { AuditService } from '../platform/audit-events/audit.service.js';
import { RecordWriter } from './crud/record-writer.js';

@Global()
@Module({ providers: [AuditService, RecordWriter], exports: [AuditService, RecordWriter] })
export class CommonModule {}
