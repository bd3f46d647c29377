import { Module } from '@nestjs/common';
import { SelectionFunnelController } from './selection-funnel.controller.js';

@Module({ controllers: [SelectionFunnelController] })
export class SelectionFunnelModule {}
