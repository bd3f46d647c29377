import { Module } from '@nestjs/common';
import { SeasonPublicationsController } from './season-publications.controller.js';
import { SeasonPublicationsService } from './season-publications.service.js';

@Module({ controllers: [SeasonPublicationsController], providers: [SeasonPublicationsService], exports: [SeasonPublicationsService] })
export class SeasonPublicationsModule {}
