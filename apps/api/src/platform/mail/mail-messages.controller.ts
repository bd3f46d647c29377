import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Roles } from '../../common/auth/decorators.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import { notFound } from '../../common/crud/record-writer.js';
import { findList } from '../../common/list/find-list.js';
import { ListParams } from '../../common/list/list-params.decorator.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { sendList } from '../../common/list/send-list.js';
import { MailMessage } from './mail-message.entity.js';
import { mailMessageListSpec } from './mail-messages.list-spec.js';
import { MailService, withLink } from './mail.service.js';

/**
 * "Courriels envoyés", for admins: the outbox without SMTP (every flow can be tried on one machine), the sending log
 * and its failures with it. Written only by MailService.
 */
@ApiTags('mail-messages')
@ApiBearerAuth()
@Roles('admin')
@Controller('mail-messages')
export class MailMessagesController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
  ) {}

  @Get()
  async list(@ListParams(mailMessageListSpec) query: ListQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const qb = this.dataSource.getRepository(MailMessage).createQueryBuilder('m');
    const page = await findList(qb, query, mailMessageListSpec);
    // The list shows subjects, not bodies.
    return sendList(reply, 'mail-messages', { ...page, rows: page.rows.map(({ textBody, htmlBody, ...row }) => row) });
  }

  @Get(':id')
  async get(@Param('id', new ParseIdPipe()) id: number) {
    const message = await this.dataSource.getRepository(MailMessage).createQueryBuilder('m').addSelect('m.secretLink').where('m.id = :id', { id }).getOne();
    if (!message) throw notFound('mail-messages', id);
    const { secretLink, ...rest } = message;
    return { ...rest, ...withLink(message) };
  }

  /** Sends again a message whose retries were spent (409 otherwise, or without SMTP). */
  @Post(':id/retry')
  @HttpCode(204)
  retry(@Param('id', new ParseIdPipe()) id: number) {
    return this.mail.retry(id);
  }
}
