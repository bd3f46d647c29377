import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { Actor } from '../../common/auth/request-user.js';
import { CrudController } from '../../common/crud/crud-controller.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import { AppValidationPipe } from '../../common/validation/app-validation.pipe.js';
import { applicationListSpec } from './applications.list-spec.js';
import { ApplicationsService } from './applications.service.js';
import { BulkStatusDto, CreateApplicationDto, UpdateApplicationDto } from './dto/application.dto.js';
import { PromotionService } from './promotion.service.js';
import { RejectedExportService } from './rejected-export.service.js';

/**
 * Programme leads run the selection; an evaluator reads the applications assigned to them; managers and referents
 * read an application once promoted, through its laureate (ApplicationsService and application-access.ts).
 */
@ApiTags('applications')
@Controller('applications')
export class ApplicationsController extends CrudController({
  resource: 'applications',
  spec: applicationListSpec,
  service: ApplicationsService,
  createDto: CreateApplicationDto,
  updateDto: UpdateApplicationDto,
  readRoles: ['admin', 'programme_lead', 'acceleration_manager', 'referent', 'evaluator'],
  writeRoles: ['admin', 'programme_lead'],
}) {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly promotions: PromotionService,
    private readonly rejected: RejectedExportService,
  ) {
    super(applications);
  }

  /** `{ ids, status, reason }`: every application moves, or none does (409 naming the refused ones). */
  @Roles('admin', 'programme_lead')
  @Post('bulk-status')
  @HttpCode(200)
  bulkStatus(@Body(new AppValidationPipe({ expectedType: BulkStatusDto })) dto: BulkStatusDto, @CurrentActor() actor: Actor) {
    return this.applications.changeStatus(dto, actor);
  }

  /** A selected application becomes a laureate (organisation, laureate, contact, in one transaction); twice creates nothing. */
  @Roles('admin', 'programme_lead')
  @Post(':id/promote')
  @HttpCode(200)
  promote(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
    return this.promotions.promote(id, actor);
  }

  /** The season's ineligible and rejected applications with their contact's e-mail, for the answer letters (CSV, audited). */
  @Roles('admin', 'programme_lead')
  @Get('rejected.csv')
  async rejectedCsv(@Query('seasonId', new ParseIdPipe('seasonId')) seasonId: number, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const { fileName, csv } = await this.rejected.export(seasonId, actor);
    reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${fileName}"`).header('Cache-Control', 'no-store').send(csv);
  }
}
