import { Global, Module } from '@nestjs/common';
import { CommitteeRemindersService } from './committee-reminders.service.js';
import { JobQueue } from './job-queue.js';
import { MailJobs } from './mail-jobs.js';
import { MailMessagesController } from './mail-messages.controller.js';
import { MailService } from './mail.service.js';

@Global()
@Module({
  controllers: [MailMessagesController],
  providers: [JobQueue, MailService, CommitteeRemindersService, MailJobs],
  exports: [MailService, JobQueue, CommitteeRemindersService],
})
export class MailModule {}
