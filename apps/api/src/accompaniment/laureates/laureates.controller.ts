import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { laureateListSpec } from './laureates.list-spec.js';
import { LaureatesService } from './laureates.service.js';
import { CreateLaureateDto, UpdateLaureateDto } from './dto/laureate.dto.js';

/** Read scoping and per-laureate write rules live in LaureatesService (via LaureateAccess). */
@ApiTags('laureates')
@Controller('laureates')
export class LaureatesController extends CrudController({
  resource: 'laureates',
  spec: laureateListSpec,
  service: LaureatesService,
  createDto: CreateLaureateDto,
  updateDto: UpdateLaureateDto,
  writeRoles: ['admin', 'programme_lead', 'acceleration_manager'],
  deleteRoles: ['admin', 'programme_lead'],
}) {}
