import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreateAgendaItemDto, UpdateAgendaItemDto } from './dto/agenda-item.dto.js';
import { agendaItemListSpec } from './agenda-items.list-spec.js';
import { AgendaItemsService } from './agenda-items.service.js';

@ApiTags('agenda-items')
@Controller('agenda-items')
export class AgendaItemsController extends CrudController({
  resource: 'agenda-items',
  spec: agendaItemListSpec,
  service: AgendaItemsService,
  createDto: CreateAgendaItemDto,
  updateDto: UpdateAgendaItemDto,
  writeRoles: ['admin', 'programme_lead', 'acceleration_manager'],
}) {}
