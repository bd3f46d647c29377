import { Module } from '@nestjs/common';
import { ApplicationsModule } from './applications/applications.module.js';
import { CallsModule } from './calls/calls.module.js';

/** The selection stage (issue 15, docs/selection.md): one import in the app module for all its features. */
@Module({ imports: [CallsModule, ApplicationsModule] })
export class SelectionModule {}
