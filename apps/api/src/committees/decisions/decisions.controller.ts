import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreateDecisionDto, UpdateDecisionDto } from './dto/decision.dto.js';
import { decisionListSpec } from './decisions.list-spec.js';
import { DecisionsService } from './decisions.service.js';

@ApiTags('decisions')
@Controller('decisions')
export class DecisionsController extends CrudController({
  resource: 'decisions',
  spec: decisionListSpec,
  service: DecisionsService,
  createDto: CreateDecisionDto,
  updateDto: UpdateDecisionDto,
  writeRoles: ['admin', 'programme_lead'],
}) {}
