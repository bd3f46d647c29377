import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { organisationListSpec } from './organisations.list-spec.js';
import { OrganisationsService } from './organisations.service.js';
import { CreateOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto.js';

/** Everyone reads organisations; staff who meet partners record them; only leads delete. */
@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController extends CrudController({
  resource: 'organisations',
  spec: organisationListSpec,
  service: OrganisationsService,
  createDto: CreateOrganisationDto,
  updateDto: UpdateOrganisationDto,
  writeRoles: ['admin', 'programme_lead', 'acceleration_manager'],
  deleteRoles: ['admin', 'programme_lead'],
}) {}
