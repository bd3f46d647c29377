import { Module } from '@nestjs/common';
import { DisbursementsController } from './disbursements.controller.js';
import { DisbursementsService } from './disbursements.service.js';

@Module({ controllers: [DisbursementsController], providers: [DisbursementsService] })
export class DisbursementsModule {}
