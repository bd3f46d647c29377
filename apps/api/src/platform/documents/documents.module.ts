import { Module } from '@nestjs/common';
import { DocumentAccess } from './document-access.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentsService } from './documents.service.js';

@Module({ controllers: [DocumentsController], providers: [DocumentsService, DocumentAccess], exports: [DocumentsService] })
export class DocumentsModule {}
