import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreateReferentAssignmentDto, UpdateReferentAssignmentDto } from './dto/referent-assignment.dto.js';
import { referentAssignmentListSpec } from './referent-assignments.list-spec.js';
import { ReferentAssignmentsService } from './referent-assignments.service.js';

@ApiTags('referent-assignments')
@Controller('referent-assignments')
export class ReferentAssignmentsController extends CrudController({
  resource: 'referent-assignments',
  spec: referentAssignmentListSpec,
  service: ReferentAssignmentsService,
  createDto: CreateReferentAssignmentDto,
  updateDto: UpdateReferentAssignmentDto,
  writeRoles: ['admin', 'programme_lead'],
}) {}
