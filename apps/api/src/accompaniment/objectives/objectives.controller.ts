import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreateObjectiveDto, UpdateObjectiveDto } from './dto/objective.dto.js';
import { objectiveListSpec } from './objectives.list-spec.js';
import { ObjectivesService } from './objectives.service.js';

@ApiTags('objectives')
@Controller('objectives')
export class ObjectivesController extends CrudController({
  resource: 'objectives',
  spec: objectiveListSpec,
  service: ObjectivesService,
  createDto: CreateObjectiveDto,
  updateDto: UpdateObjectiveDto,
  writeRoles: ['admin', 'programme_lead', 'acceleration_manager'],
}) {}
