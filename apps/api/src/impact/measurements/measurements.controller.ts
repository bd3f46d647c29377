import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreateMeasurementDto, UpdateMeasurementDto } from './dto/measurement.dto.js';
import { measurementListSpec } from './measurements.list-spec.js';
import { MeasurementsService } from './measurements.service.js';

@ApiTags('measurements')
@Controller('measurements')
export class MeasurementsController extends CrudController({
  resource: 'measurements',
  spec: measurementListSpec,
  service: MeasurementsService,
  createDto: CreateMeasurementDto,
  updateDto: UpdateMeasurementDto,
  writeRoles: ['admin', 'programme_lead', 'acceleration_manager'],
}) {}
