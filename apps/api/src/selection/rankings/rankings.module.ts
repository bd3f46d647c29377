import { Module } from '@nestjs/common';
import { RankingsController } from './rankings.controller.js';

@Module({ controllers: [RankingsController] })
export class RankingsModule {}
