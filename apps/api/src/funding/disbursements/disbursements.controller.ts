import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreateDisbursementDto, UpdateDisbursementDto } from './dto/disbursement.dto.js';
import { disbursementListSpec } from './disbursements.list-spec.js';
import { DisbursementsService } from './disbursements.service.js';

@ApiTags('disbursements')
@Controller('disbursements')
export class DisbursementsController extends CrudController({
  resource: 'disbursements',
  spec: disbursementListSpec,
  service: DisbursementsService,
  createDto: CreateDisbursementDto,
  updateDto: UpdateDisbursementDto,
  writeRoles: ['admin', 'programme_lead'],
}) {}
