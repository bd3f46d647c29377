import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../../common/crud/crud-controller.js';
import { CreateContactDto, UpdateContactDto } from './dto/contact.dto.js';
import { contactListSpec } from './contacts.list-spec.js';
import { ContactsService } from './contacts.service.js';

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController extends CrudController({
  resource: 'contacts',
  spec: contactListSpec,
  service: ContactsService,
  createDto: CreateContactDto,
  updateDto: UpdateContactDto,
  writeRoles: ['admin', 'programme_lead', 'acceleration_manager'],
}) {}
