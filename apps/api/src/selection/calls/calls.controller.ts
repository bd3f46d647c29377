import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { callListSpec } from './calls.list-spec.js';
import { CallsService } from './calls.service.js';
import { CreateCallDto, UpdateCallDto } from './dto/call.dto.js';

/** The staff and evaluators read calls (an evaluator sees the call of what they score); programme leads run them. */
@ApiTags('calls')
@Controller('calls')
export class CallsController extends CrudController({
  resource: 'calls',
  spec: callListSpec,
  service: CallsService,
  createDto: CreateCallDto,
  updateDto: UpdateCallDto,
  readRoles: ['admin', 'programme_lead', 'acceleration_manager', 'referent', 'evaluator'],
  writeRoles: ['admin', 'programme_lead'],
}) {}
