import { Module } from '@nestjs/common';
import { AgendaItemsController } from './agenda-items.controller.js';
import { AgendaItemsService } from './agenda-items.service.js';

@Module({ controllers: [AgendaItemsController], providers: [AgendaItemsService] })
export class AgendaItemsModule {}
