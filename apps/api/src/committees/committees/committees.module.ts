import { Module } from '@nestjs/common';
import { CommitteeBriefingService } from './committee-briefing.service.js';
import { CommitteeClosingService } from './committee-closing.service.js';
import { CommitteesController } from './committees.controller.js';
import { CommitteesService } from './committees.service.js';

@Module({
  controllers: [CommitteesController],
  providers: [CommitteesService, CommitteeBriefingService, CommitteeClosingService],
  exports: [CommitteesService],
})
export class CommitteesModule {}
