import { Module } from '@nestjs/common';
import { CommitmentsController } from './commitments.controller.js';
import { CommitmentsService } from './commitments.service.js';

@Module({ controllers: [CommitmentsController], providers: [CommitmentsService] })
export class CommitmentsModule {}
