import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreateIndicatorDto, UpdateIndicatorDto } from './dto/indicator.dto.js';
import { indicatorListSpec } from './indicators.list-spec.js';
import { IndicatorsService } from './indicators.service.js';

@ApiTags('indicators')
@Controller('indicators')
export class IndicatorsController extends CrudController({
  resource: 'indicators',
  spec: indicatorListSpec,
  service: IndicatorsService,
  createDto: CreateIndicatorDto,
  updateDto: UpdateIndicatorDto,
  writeRoles: ['admin', 'programme_lead', 'acceleration_manager'],
}) {}
