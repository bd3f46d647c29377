import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { Actor } from '../../common/auth/request-user.js';
import { CrudController } from '../../common/crud/crud-controller.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import { dsSyncListSpec } from './ds-syncs.list-spec.js';
import { DsSyncsService } from './ds-syncs.service.js';
import { CreateDsSyncDto, UpdateDsSyncDto } from './dto/ds-sync.dto.js';

/** A call's synchronisation with its procedure on Démarches Simplifiées: its setting, status and last error; programme leads only. */
@ApiTags('ds-syncs')
@Roles('admin', 'programme_lead')
@Controller('ds-syncs')
export class DsSyncsController extends CrudController({
  resource: 'ds-syncs',
  spec: dsSyncListSpec,
  service: DsSyncsService,
  createDto: CreateDsSyncDto,
  updateDto: UpdateDsSyncDto,
  writeRoles: ['admin', 'programme_lead'],
  readRoles: ['admin', 'programme_lead'],
}) {
  constructor(private readonly syncs: DsSyncsService) {
    super(syncs);
  }

  /** Runs now (in the background: the admin polls the sync); 409 while a run of this call is under way. */
  @Post(':id/run')
  @HttpCode(202)
  run(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
    return this.syncs.start(id, actor);
  }
}
