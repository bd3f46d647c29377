import { Module } from '@nestjs/common';
import { ApplicationImportsModule } from '../application-imports/application-imports.module.js';
import { DsSyncScheduler } from './ds-sync.scheduler.js';
import { DsSyncsController } from './ds-syncs.controller.js';
import { DsSyncsService } from './ds-syncs.service.js';

@Module({ imports: [ApplicationImportsModule], controllers: [DsSyncsController], providers: [DsSyncsService, DsSyncScheduler] })
export class DsSyncsModule {}
