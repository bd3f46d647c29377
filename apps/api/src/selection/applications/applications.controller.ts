import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { Actor } from '../../common/auth/request-user.js';
import { CrudController } from '../../common/crud/crud-controller.js';
import { AppValidationPipe } from '../../common/validation/app-validation.pipe.js';
import { applicationListSpec } from './applications.list-spec.js';
import { ApplicationsService } from './applications.service.js';
import { BulkStatusDto, CreateApplicationDto, UpdateApplicationDto } from './dto/application.dto.js';

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
  constructor(private readonly applications: ApplicationsService) {
    super(applications);
  }

  /** `{ ids, status, reason }`: every application moves, or none does (409 naming the refused ones). */
  @Roles('admin', 'programme_lead')
  @Post('bulk-status')
  @HttpCode(200)
  bulkStatus(@Body(new AppValidationPipe({ expectedType: BulkStatusDto })) dto: BulkStatusDto, @CurrentActor() actor: Actor) {
    return this.applications.changeStatus(dto, actor);
  }
}
