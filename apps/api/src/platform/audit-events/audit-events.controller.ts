import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Roles } from '../../common/auth/decorators.js';
import { notFound } from '../../common/crud/record-writer.js';
import { findList } from '../../common/list/find-list.js';
import { ListParams } from '../../common/list/list-params.decorator.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { sendList } from '../../common/list/send-list.js';
import { AuditEvent } from './audit-event.entity.js';
import { auditEventListSpec } from './audit-events.list-spec.js';

/** Read-only: events are written by RecordWriter in the transaction of each change. */
@ApiTags('audit-events')
@ApiBearerAuth()
@Roles('admin', 'programme_lead')
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async list(@ListParams(auditEventListSpec) query: ListQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    const qb = this.dataSource.getRepository(AuditEvent).createQueryBuilder('event');
    return sendList(reply, 'audit-events', await findList(qb, query, auditEventListSpec));
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const event = /^[1-9]\d{0,17}$/.test(id) ? await this.dataSource.getRepository(AuditEvent).findOneBy({ id }) : null;
    if (!event) throw notFound('audit-events', id);
    return event;
  }
}
