import { Global, Module } from '@nestjs/common';
import { CommitteeRemindersService } from './committee-reminders.service.js';
import { DigestSettingsController } from './digest-settings.controller.js';
import { WeeklyDigestService } from './weekly-digest.service.js';
import { JobQueue } from './job-queue.js';
import { MailJobs } from './mail-jobs.js';
import { MailMessagesController } from './mail-messages.controller.js';
import { MailService } from './mail.service.js';

@Global()
@Module({
  controllers: [MailMessagesController, DigestSettingsController],
  providers: [JobQueue, MailService, CommitteeRemindersService, WeeklyDigestService, MailJobs],
  exports: [MailService, JobQueue, CommitteeRemindersService, WeeklyDigestService],
})
export class MailModule {}
