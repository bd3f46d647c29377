import { Module } from '@nestjs/common';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsService } from './applications.service.js';
import { PromotionService } from './promotion.service.js';
import { RejectedExportService } from './rejected-export.service.js';

@Module({ controllers: [ApplicationsController], providers: [ApplicationsService, PromotionService, RejectedExportService], exports: [ApplicationsService] })
export class ApplicationsModule {}
