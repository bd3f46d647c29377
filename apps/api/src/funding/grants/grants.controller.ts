import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreateGrantDto, UpdateGrantDto } from './dto/grant.dto.js';
import { grantListSpec } from './grants.list-spec.js';
import { GrantsService } from './grants.service.js';

@ApiTags('grants')
@Controller('grants')
export class GrantsController extends CrudController({
  resource: 'grants',
  spec: grantListSpec,
  service: GrantsService,
  createDto: CreateGrantDto,
  updateDto: UpdateGrantDto,
  writeRoles: ['admin', 'programme_lead'],
}) {}
