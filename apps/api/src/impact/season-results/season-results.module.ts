import { Module } from '@nestjs/common';
import { SeasonResultsService } from './season-results.service.js';

@Module({ providers: [SeasonResultsService], exports: [SeasonResultsService] })
export class SeasonResultsModule {}
