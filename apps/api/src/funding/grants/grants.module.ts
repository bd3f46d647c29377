import { Module } from '@nestjs/common';
import { FundingOverviewController } from './funding-overview.controller.js';
import { GrantsController } from './grants.controller.js';
import { GrantsService } from './grants.service.js';

@Module({ controllers: [GrantsController, FundingOverviewController], providers: [GrantsService] })
export class GrantsModule {}
