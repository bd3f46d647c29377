import { Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { Actor } from '../../common/auth/request-user.js';
import { CrudController } from '../../common/crud/crud-controller.js';
import { renderBriefingPdf } from './briefing-pdf.js';
import { CommitteeBriefingService } from './committee-briefing.service.js';
import { CommitteeClosingService } from './committee-closing.service.js';
import { committeeListSpec } from './committees.list-spec.js';
import { CommitteesService } from './committees.service.js';
import { CreateCommitteeDto, UpdateCommitteeDto } from './dto/committee.dto.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';

@ApiTags('committees')
@Controller('committees')
export class CommitteesController extends CrudController({
  resource: 'committees',
  spec: committeeListSpec,
  service: CommitteesService,
  createDto: CreateCommitteeDto,
  updateDto: UpdateCommitteeDto,
  writeRoles: ['admin', 'programme_lead'],
}) {
  constructor(
    committees: CommitteesService,
    private readonly briefings: CommitteeBriefingService,
    private readonly closing: CommitteeClosingService,
  ) {
    super(committees);
  }

  @Get(':id/briefing')
  briefing(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
    return this.briefings.build(id, actor);
  }

  @Get(':id/briefing.pdf')
  async briefingPdf(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    const pdf = await renderBriefingPdf(await this.briefings.build(id, actor));
    reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', `attachment; filename="dossier-comite-${id}.pdf"`)
      .send(pdf);
  }

  /** What closing would change, for the confirmation dialog (422 while a decision is missing). */
  @Roles('admin', 'programme_lead')
  @Get(':id/closing-preview')
  closingPreview(@Param('id', new ParseIdPipe()) id: number) {
    return this.closing.preview(id);
  }

  @Roles('admin', 'programme_lead')
  @Post(':id/close')
  @HttpCode(200)
  close(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
    return this.closing.close(id, actor);
  }
}
