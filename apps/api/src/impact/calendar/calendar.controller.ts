import { Controller, Delete, Get, HttpCode, NotFoundException, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { CurrentUser, Public } from '../../common/auth/decorators.js';
import type { RequestUser } from '../../common/auth/request-user.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { calendarEvents } from './calendar-events.queries.js';
import { renderCalendar } from './calendar-feed.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

/** The caller's feed address, from the account page: see it exists, (re)generate it, revoke it. */
@ApiTags('calendar')
@ApiBearerAuth()
@Controller('account/calendar-feed')
export class CalendarFeedController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get()
  status(@CurrentUser() user: RequestUser) {
    return this.feeds.status(user.id);
  }

  @Post()
  @HttpCode(201)
  regenerate(@CurrentUser() user: RequestUser) {
    return this.feeds.regenerate(user.id);
  }

  @Delete()
  @HttpCode(204)
  async revoke(@CurrentUser() user: RequestUser): Promise<void> {
    await this.feeds.revoke(user.id);
  }
}

/** The feed itself, for calendar applications: no session, the secret address is the credential. */
@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly dataSource: DataSource,
  ) {}

  @Public()
  @Get(':file')
  async feed(@Param('file') file: string, @Res() reply: FastifyReply): Promise<void> {
    const owner = file.endsWith('.ics') ? await this.feeds.ownerOf(file.slice(0, -'.ics'.length)) : null;
    if (!owner) throw new NotFoundException({ message: bilingual('Calendrier introuvable', 'Calendar not found') });
    const body = renderCalendar(owner, await calendarEvents(this.dataSource, owner));
    reply.header('Content-Type', 'text/calendar; charset=utf-8').header('Content-Disposition', 'inline; filename="aic.ics"').send(body);
  }
}
