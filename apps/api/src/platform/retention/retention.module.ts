import { Module } from '@nestjs/common';
import { RetentionJobs } from './retention-jobs.js';
import { RetentionService } from './retention.service.js';

/** Retention periods of personal data (docs/personal-data.md): a nightly purge, no routes. */
@Module({ providers: [RetentionService, RetentionJobs], exports: [RetentionService] })
export class RetentionModule {}
