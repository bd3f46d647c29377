import { Module } from '@nestjs/common';
import { ContactsController } from './contacts.controller.js';
import { ContactPersonalDataService } from './contact-personal-data.service.js';
import { ContactsService } from './contacts.service.js';

@Module({ controllers: [ContactsController], providers: [ContactsService, ContactPersonalDataService] })
export class ContactsModule {}
