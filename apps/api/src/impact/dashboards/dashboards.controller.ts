import type { ManagerDashboard, SeasonFigures } from '@aic/domain';
import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentUser, Roles } from '../../common/auth/decorators.js';
import type { RequestUser } from '../../common/auth/request-user.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import { notFound } from '../../common/crud/record-writer.js';
import { bilingual } from '../../common/errors/bilingual.js';
import { managerDashboard } from './manager-dashboard.queries.js';
import { seasonFigures } from './season-figures.queries.js';

const MAX_COMPARED = 6;

/** Dashboards (issue 16): figures computed in SQL; every laureate of a season, so not for referents. */
@ApiTags('dashboards')
@ApiBearerAuth()
@Roles('admin', 'programme_lead', 'acceleration_manager')
@Controller('dashboards')
export class DashboardsController {
  constructor(private readonly dataSource: DataSource) {}

  /** A season's programme figures and outcomes. */
  @Get('programme')
  async programme(@Query('seasonId', new ParseIdPipe('seasonId')) seasonId: number): Promise<SeasonFigures> {
    const [figures] = await seasonFigures(this.dataSource, [seasonId]);
    if (!figures) throw notFound('seasons', seasonId);
    return figures;
  }

  /** The same figures for several seasons side by side (all seasons by year when none is named). */
  @ApiQuery({ name: 'seasonIds', required: false, description: 'comma-separated season ids' })
  @Get('season-comparison')
  async comparison(@Query('seasonIds') seasonIds?: string): Promise<SeasonFigures[]> {
    const ids = seasonIds === undefined ? await this.latestSeasons() : parseIds(seasonIds);
    return seasonFigures(this.dataSource, ids);
  }

  /** The caller's laureates: indicators against targets, overdue actions, laureates without a recent exchange. */
  @Get('manager')
  manager(@CurrentUser() user: RequestUser): Promise<ManagerDashboard> {
    return managerDashboard(this.dataSource, user);
  }

  private async latestSeasons(): Promise<number[]> {
    const rows: Array<{ id: number }> = await this.dataSource.query(`SELECT id FROM seasons ORDER BY year DESC, id DESC LIMIT ${MAX_COMPARED}`);
    return rows.map((r) => r.id);
  }
}

function parseIds(text: string): number[] {
  const parts = text.split(',');
  if (parts.length > MAX_COMPARED || !parts.every((p) => /^[1-9]\d{0,9}$/.test(p) && Number(p) <= 2_147_483_647)) {
    throw new BadRequestException({
      message: bilingual(`Saisons : de 1 à ${MAX_COMPARED} identifiants séparés par des virgules`, `Seasons: 1 to ${MAX_COMPARED} comma-separated ids`),
      errors: { seasonIds: bilingual('Identifiants invalides', 'Invalid ids') },
    });
  }
  return [...new Set(parts.map(Number))];
}
