import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { actionListSpec } from './actions.list-spec.js';
import { ActionsService } from './actions.service.js';
import { CreateActionDto, UpdateActionDto } from './dto/action.dto.js';

@ApiTags('actions')
@Controller('actions')
export class ActionsController extends CrudController({
  resource: 'actions',
  spec: actionListSpec,
  service: ActionsService,
  createDto: CreateActionDto,
  updateDto: UpdateActionDto,
  writeRoles: ['admin', 'programme_lead', 'acceleration_manager'],
}) {}
