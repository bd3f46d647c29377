import { Module } from '@nestjs/common';
import { ReferentAssignmentsController } from './referent-assignments.controller.js';
import { ReferentAssignmentsService } from './referent-assignments.service.js';

@Module({ controllers: [ReferentAssignmentsController], providers: [ReferentAssignmentsService] })
export class ReferentAssignmentsModule {}
