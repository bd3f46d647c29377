import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreateInteractionDto, UpdateInteractionDto } from './dto/interaction.dto.js';
import { interactionListSpec } from './interactions.list-spec.js';
import { InteractionsService } from './interactions.service.js';

@ApiTags('interactions')
@Controller('interactions')
export class InteractionsController extends CrudController({
  resource: 'interactions',
  spec: interactionListSpec,
  service: InteractionsService,
  createDto: CreateInteractionDto,
  updateDto: UpdateInteractionDto,
  writeRoles: ['admin', 'programme_lead', 'acceleration_manager'],
}) {}
