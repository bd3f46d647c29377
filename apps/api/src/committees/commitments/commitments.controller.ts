import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreateCommitmentDto, UpdateCommitmentDto } from './dto/commitment.dto.js';
import { commitmentListSpec } from './commitments.list-spec.js';
import { CommitmentsService } from './commitments.service.js';

@ApiTags('commitments')
@Controller('commitments')
export class CommitmentsController extends CrudController({
  resource: 'commitments',
  spec: commitmentListSpec,
  service: CommitmentsService,
  createDto: CreateCommitmentDto,
  updateDto: UpdateCommitmentDto,
  writeRoles: ['admin', 'programme_lead'],
}) {}
