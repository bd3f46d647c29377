import { Module } from '@nestjs/common';
import { CalendarController, CalendarFeedController } from './calendar.controller.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

@Module({ controllers: [CalendarFeedController, CalendarController], providers: [CalendarFeedsService] })
export class CalendarModule {}
