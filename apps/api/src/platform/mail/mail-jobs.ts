import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG } from '../../app-config.provider.js';
import type { AppConfig } from '../../config.js';
import { PasswordTokensService } from '../auth/password-tokens.service.js';
import { CommitteeRemindersService } from './committee-reminders.service.js';
import { WeeklyDigestService } from './weekly-digest.service.js';
import { JobQueue } from './job-queue.js';
import { MailService, SEND_QUEUE, type SendJob } from './mail.service.js';

export const REMINDERS_QUEUE = 'committee-reminders';
/** Every hour at :05 (Paris): the reminders due since the last run. */
export const REMINDERS_CRON = '5 * * * *';
export const DIGEST_QUEUE = 'weekly-digest';
/** Mondays at 7:00 (Paris); a Monday missed while no instance ran is caught up once. */
export const DIGEST_CRON = '0 7 * * 1';

/** The background work of an instance with AIC_JOBS on (the default): sending e-mails, the committee reminders (and the purge of old links), Monday's digest. */
@Injectable()
export class MailJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger('jobs');

  constructor(
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    private readonly reminders: CommitteeRemindersService,
    private readonly tokens: PasswordTokensService,
    private readonly digest: WeeklyDigestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs) return;
    // Without SMTP no job is queued; the queue still exists, so that messages queued before SMTP was unset are kept.
    await this.jobs.work<SendJob>(SEND_QUEUE, (job) => this.mail.deliver(job.data, job.retryCount), { pollingIntervalSeconds: this.config.mailPollingSeconds });
    await this.jobs.schedule(REMINDERS_QUEUE, REMINDERS_CRON, async () => {
      const written = await this.reminders.queueDue();
      if (written > 0) this.logger.log(`${written} committee reminder(s) queued`);
      await this.tokens.purgeEnded();
    });
    await this.jobs.schedule(DIGEST_QUEUE, DIGEST_CRON, async () => {
      const written = await this.digest.queueWeekly();
      this.logger.log(`${written} weekly digest(s) queued`);
    });
  }
}
