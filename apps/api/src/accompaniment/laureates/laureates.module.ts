import { Module } from '@nestjs/common';
import { LaureatesController } from './laureates.controller.js';
import { LaureatesService } from './laureates.service.js';

@Module({ controllers: [LaureatesController], providers: [LaureatesService] })
export class LaureatesModule {}
