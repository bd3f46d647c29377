import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '../../app-config.provider.js';
import type { AppConfig } from '../../config.js';
import { JobQueue } from '../mail/job-queue.js';
import { RetentionService } from './retention.service.js';

export const RETENTION_QUEUE = 'retention-purge';
/** Every night at 3:30 (Paris); a night missed while no instance ran is caught up once. */
export const RETENTION_CRON = '30 3 * * *';

/** The retention purge, scheduled by every instance with AIC_JOBS on (the default) and run once per night across them. */
@Injectable()
export class RetentionJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('jobs');

  constructor(
    private readonly jobs: JobQueue,
    private readonly retention: RetentionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs) return;
    await this.jobs.schedule(RETENTION_QUEUE, RETENTION_CRON, async () => {
      const { mailMessages, applications } = await this.retention.purge();
      if (mailMessages + applications > 0) this.logger.log(`retention: ${mailMessages} e-mail(s) deleted, ${applications} application(s) anonymised`);
    });
  }
}
