import { Module } from '@nestjs/common';
import { OutcomeSurveysController } from './outcome-surveys.controller.js';
import { OutcomeSurveysService } from './outcome-surveys.service.js';

@Module({ controllers: [OutcomeSurveysController], providers: [OutcomeSurveysService] })
export class OutcomeSurveysModule {}
