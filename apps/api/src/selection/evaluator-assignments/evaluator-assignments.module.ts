import { Module } from '@nestjs/common';
import { EvaluatorAssignmentsController } from './evaluator-assignments.controller.js';
import { EvaluatorAssignmentsService } from './evaluator-assignments.service.js';

@Module({ controllers: [EvaluatorAssignmentsController], providers: [EvaluatorAssignmentsService] })
export class EvaluatorAssignmentsModule {}
