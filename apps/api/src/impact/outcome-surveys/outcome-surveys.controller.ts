import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreateOutcomeSurveyDto, UpdateOutcomeSurveyDto } from './dto/outcome-survey.dto.js';
import { outcomeSurveyListSpec } from './outcome-surveys.list-spec.js';
import { OutcomeSurveysService } from './outcome-surveys.service.js';

@ApiTags('outcome-surveys')
@Controller('outcome-surveys')
export class OutcomeSurveysController extends CrudController({
  resource: 'outcome-surveys',
  spec: outcomeSurveyListSpec,
  service: OutcomeSurveysService,
  createDto: CreateOutcomeSurveyDto,
  updateDto: UpdateOutcomeSurveyDto,
  writeRoles: ['admin', 'programme_lead', 'acceleration_manager'],
}) {}
