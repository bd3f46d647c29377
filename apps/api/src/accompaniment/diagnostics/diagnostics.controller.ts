import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreateDiagnosticDto, UpdateDiagnosticDto } from './dto/diagnostic.dto.js';
import { diagnosticListSpec } from './diagnostics.list-spec.js';
import { DiagnosticsService } from './diagnostics.service.js';

@ApiTags('diagnostics')
@Controller('diagnostics')
export class DiagnosticsController extends CrudController({
  resource: 'diagnostics',
  spec: diagnosticListSpec,
  service: DiagnosticsService,
  createDto: CreateDiagnosticDto,
  updateDto: UpdateDiagnosticDto,
  writeRoles: ['admin', 'programme_lead', 'acceleration_manager'],
}) {}
