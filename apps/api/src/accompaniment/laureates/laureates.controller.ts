import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { Actor } from '../../common/auth/request-user.js';
import { CrudController } from '../../common/crud/crud-controller.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import { VersionedUpdateDto } from '../../common/crud/version.dto.js';
import { AppValidationPipe } from '../../common/validation/app-validation.pipe.js';
import { laureateListSpec } from './laureates.list-spec.js';
import { LaureatesService } from './laureates.service.js';
import { CreateLaureateDto, UpdateLaureateDto } from './dto/laureate.dto.js';

const versioned = new AppValidationPipe({ expectedType: VersionedUpdateDto });

/** Read scoping and per-laureate write rules live in LaureatesService (via LaureateAccess). */
@ApiTags('laureates')
@Controller('laureates')
export class LaureatesController extends CrudController({
  resource: 'laureates',
  spec: laureateListSpec,
  service: LaureatesService,
  createDto: CreateLaureateDto,
  updateDto: UpdateLaureateDto,
  writeRoles: ['admin', 'programme_lead', 'acceleration_manager'],
  deleteRoles: ['admin', 'programme_lead'],
}) {
  constructor(private readonly laureates: LaureatesService) {
    super(laureates);
  }

  /** What hangs off the laureate, by kind: the delete dialog says what would be lost, or offers to archive instead. */
  @Get(':id/history')
  history(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
    return this.laureates.history(id, actor);
  }

  @Roles('admin', 'programme_lead')
  @ApiBody({ type: VersionedUpdateDto })
  @Post(':id/archive')
  @HttpCode(200)
  archive(@Param('id', new ParseIdPipe()) id: number, @Body(versioned) body: VersionedUpdateDto, @CurrentActor() actor: Actor) {
    return this.laureates.archive(id, body.version, actor);
  }

  @Roles('admin', 'programme_lead')
  @ApiBody({ type: VersionedUpdateDto })
  @Post(':id/restore')
  @HttpCode(200)
  restore(@Param('id', new ParseIdPipe()) id: number, @Body(versioned) body: VersionedUpdateDto, @CurrentActor() actor: Actor) {
    return this.laureates.restore(id, body.version, actor);
  }
}
