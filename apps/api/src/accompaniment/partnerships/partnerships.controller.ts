import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreatePartnershipDto, UpdatePartnershipDto } from './dto/partnership.dto.js';
import { partnershipListSpec } from './partnerships.list-spec.js';
import { PartnershipsService } from './partnerships.service.js';

@ApiTags('partnerships')
@Controller('partnerships')
export class PartnershipsController extends CrudController({
  resource: 'partnerships',
  spec: partnershipListSpec,
  service: PartnershipsService,
  createDto: CreatePartnershipDto,
  updateDto: UpdatePartnershipDto,
  writeRoles: ['admin', 'programme_lead', 'acceleration_manager'],
}) {}
