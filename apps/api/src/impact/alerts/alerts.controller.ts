import type { AlertRecord } from '@aic/domain';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentUser } from '../../common/auth/decorators.js';
import type { RequestUser } from '../../common/auth/request-user.js';
import { alertsFor, countAlertsFor } from './alerts.queries.js';

/** The caller's alerts (home page) and their count (menu badge). */
@ApiTags('alerts')
@ApiBearerAuth()
@Controller('alerts')
export class AlertsController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  list(@CurrentUser() user: RequestUser): Promise<AlertRecord[]> {
    return alertsFor(this.dataSource, user);
  }

  @Get('count')
  async count(@CurrentUser() user: RequestUser): Promise<{ count: number }> {
    return { count: await countAlertsFor(this.dataSource, user) };
  }
}
