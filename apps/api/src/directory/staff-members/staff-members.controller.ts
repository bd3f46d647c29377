import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { CurrentActor } from '../../common/auth/decorators.js';
import type { Actor } from '../../common/auth/request-user.js';
import { notFound } from '../../common/crud/record-writer.js';
import { runsSelection } from '../../selection/applications/application-access.js';
import { findList } from '../../common/list/find-list.js';
import { ListParams } from '../../common/list/list-params.decorator.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { sendList } from '../../common/list/send-list.js';
import { User } from '../../platform/users/user.entity.js';
import { staffListSpec } from './staff-members.list-spec.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';

const PUBLIC_FIELDS = ['u.id', 'u.fullName', 'u.email', 'u.roles', 'u.panel', 'u.active'];

/**
 * The read-only staff directory every user needs to pick or show a manager, an owner or a referent;
 * account management stays in the admin-only `users` resource.
 */
@ApiTags('staff-members')
@ApiBearerAuth()
@Controller('staff-members')
export class StaffMembersController {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Evaluators (jury members, citizens of the panel) are no staff: only those who run the selection see their
   * accounts here, to assign them; the accompaniment staff do not.
   */
  private query(actor: Actor) {
    const qb = this.dataSource.getRepository(User).createQueryBuilder('u').select(PUBLIC_FIELDS);
    return runsSelection(actor.user) ? qb : qb.andWhere(`NOT (u.roles <@ ARRAY['evaluator']::text[])`);
  }

  @Get()
  async list(@ListParams(staffListSpec) query: ListQuery, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendList(reply, 'staff-members', await findList(this.query(actor), query, staffListSpec, { json: true }));
  }

  @Get(':id')
  async get(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
    const member = await this.query(actor).andWhere('u.id = :id', { id }).getOne();
    if (!member) throw notFound('staff-members', id);
    return member;
  }
}
