import { Module } from '@nestjs/common';
import { DashboardsController } from './dashboards.controller.js';

@Module({ controllers: [DashboardsController] })
export class DashboardsModule {}
