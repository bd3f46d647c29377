import { Module } from '@nestjs/common';
import { SeasonResultsModule } from '../season-results/season-results.module.js';
import { BookletController } from './booklet.controller.js';
import { BookletService } from './booklet.service.js';

@Module({ imports: [SeasonResultsModule], controllers: [BookletController], providers: [BookletService] })
export class BookletModule {}
