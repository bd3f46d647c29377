import { Module } from '@nestjs/common';
import { ApplicationImportsController, IMPORT_LIMITS, importLimits } from './application-imports.controller.js';
import { ApplicationImportsService } from './application-imports.service.js';

@Module({
  controllers: [ApplicationImportsController],
  providers: [ApplicationImportsService, { provide: IMPORT_LIMITS, useFactory: () => importLimits() }],
  exports: [ApplicationImportsService],
})
export class ApplicationImportsModule {}
