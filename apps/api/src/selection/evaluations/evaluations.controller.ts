import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreateEvaluationDto, UpdateEvaluationDto } from './dto/evaluation.dto.js';
import { evaluationListSpec } from './evaluations.list-spec.js';
import { EvaluationsService } from './evaluations.service.js';

/** Evaluators score (their own evaluations only); programme leads read every evaluation and may delete one. */
@ApiTags('evaluations')
@Controller('evaluations')
export class EvaluationsController extends CrudController({
  resource: 'evaluations',
  spec: evaluationListSpec,
  service: EvaluationsService,
  createDto: CreateEvaluationDto,
  updateDto: UpdateEvaluationDto,
  readRoles: ['admin', 'programme_lead', 'evaluator'],
  writeRoles: ['evaluator'],
  deleteRoles: ['admin', 'programme_lead', 'evaluator'],
}) {}
