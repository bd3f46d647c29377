import { Module } from '@nestjs/common';
import { ApplicationsModule } from './applications/applications.module.js';
import { CallsModule } from './calls/calls.module.js';
import { EvaluationsModule } from './evaluations/evaluations.module.js';
import { EvaluatorAssignmentsModule } from './evaluator-assignments/evaluator-assignments.module.js';
import { SelectionFunnelModule } from './selection-funnel/selection-funnel.module.js';
import { RankingsModule } from './rankings/rankings.module.js';

/** The selection stage (issue 15, docs/selection.md): one import in the app module for all its features. */
@Module({ imports: [CallsModule, ApplicationsModule, EvaluatorAssignmentsModule, EvaluationsModule, RankingsModule, SelectionFunnelModule] })
export class SelectionModule {}
