import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { seasonListSpec } from './seasons.list-spec.js';
import { SeasonsService } from './seasons.service.js';
import { CreateSeasonDto, UpdateSeasonDto } from './dto/season.dto.js';

/** Everyone reads seasons; programme leads run them. */
@ApiTags('seasons')
@Controller('seasons')
export class SeasonsController extends CrudController({
  resource: 'seasons',
  spec: seasonListSpec,
  service: SeasonsService,
  createDto: CreateSeasonDto,
  updateDto: UpdateSeasonDto,
  writeRoles: ['admin', 'programme_lead'],
}) {}
