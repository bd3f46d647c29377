import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { Actor } from '../../common/auth/request-user.js';
import { CrudController } from '../../common/crud/crud-controller.js';
import { ContactPersonalDataService } from './contact-personal-data.service.js';
import { CreateContactDto, UpdateContactDto } from './dto/contact.dto.js';
import { contactListSpec } from './contacts.list-spec.js';
import { ContactsService } from './contacts.service.js';

/** Requests of a person about their data are answered centrally, by the programme (docs/personal-data.md). */
const DATA_PROTECTION_ROLES = ['admin', 'programme_lead'] as const;

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController extends CrudController({
  resource: 'contacts',
  spec: contactListSpec,
  service: ContactsService,
  createDto: CreateContactDto,
  updateDto: UpdateContactDto,
  writeRoles: ['admin', 'programme_lead', 'acceleration_manager'],
}) {
  constructor(
    contacts: ContactsService,
    private readonly personalData: ContactPersonalDataService,
  ) {
    super(contacts);
  }

  /** Right of access: all that is held about the contact, as a JSON file (audited). */
  @Roles(...DATA_PROTECTION_ROLES)
  @Get(':id/personal-data')
  async exportPersonalData(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const data = await this.personalData.export(id, actor);
    reply.header('Content-Disposition', `attachment; filename="contact-${id}-donnees-personnelles.json"`).header('Cache-Control', 'no-store');
    return data;
  }

  /** Right to erasure: personal fields blanked here and in the record's past audit events; idempotent. */
  @Roles(...DATA_PROTECTION_ROLES)
  @Post(':id/anonymise')
  @HttpCode(200)
  anonymise(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
    return this.personalData.anonymise(id, actor);
  }
}
