import { Module } from '@nestjs/common';
import { OpenDataService } from '../open-data/open-data.service.js';
import { SeasonPublicationsModule } from '../season-publications/season-publications.module.js';
import { SeasonResultsModule } from '../season-results/season-results.module.js';
import { PublicResultsController } from './public-results.controller.js';
import { PublicResultsService } from './public-results.service.js';

@Module({
  imports: [SeasonPublicationsModule, SeasonResultsModule],
  controllers: [PublicResultsController],
  providers: [PublicResultsService, OpenDataService],
})
export class PublicResultsModule {}
