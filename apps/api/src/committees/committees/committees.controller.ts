import { Body, ConflictException, Controller, Get, Header, HttpCode, NotFoundException, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { bilingual, negotiateLanguage } from '../../common/errors/bilingual.js';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { Actor } from '../../common/auth/request-user.js';
import { CrudController } from '../../common/crud/crud-controller.js';
import { renderBriefingPdf } from './briefing-pdf.js';
import { renderDecisionLetter } from './decision-letter-pdf.js';
import { CommitteeBriefingService } from './committee-briefing.service.js';
import { CommitteeClosingService } from './committee-closing.service.js';
import { committeeListSpec } from './committees.list-spec.js';
import { CommitteesService } from './committees.service.js';
import { CloseCommitteeDto } from './dto/close-committee.dto.js';
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

  /** JSON built by PostgreSQL, sent as it comes. */
  @Get(':id/briefing')
  @Header('Content-Type', 'application/json; charset=utf-8')
  briefing(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor): Promise<Buffer> {
    return this.briefings.json(id, actor);
  }

  @Get(':id/briefing.pdf')
  async briefingPdf(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const pdf = await renderBriefingPdf(await this.briefings.build(id, actor), negotiateLanguage(request.headers['accept-language']));
    sendPdf(reply, pdf, `dossier-comite-${id}.pdf`);
  }

  /** The letter telling a laureate what the committee decided, once the committee is closed. */
  @Roles('admin', 'programme_lead')
  @Get(':id/decision-letters/:laureateId')
  async decisionLetter(
    @Param('id', new ParseIdPipe()) id: number,
    @Param('laureateId', new ParseIdPipe()) laureateId: number,
    @CurrentActor() actor: Actor,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const briefing = await this.briefings.build(id, actor);
    const item = briefing.items.find((i) => i.laureate.id === laureateId && i.decision);
    if (!item) throw new NotFoundException({ message: bilingual('Aucune décision de ce comité pour ce lauréat', 'No decision of this committee for this laureate') });
    if (briefing.committee.status !== 'closed') {
      throw new ConflictException({ message: bilingual('Les courriers de décision sont produits une fois le comité clos', 'Decision letters are produced once the committee is closed') });
    }
    const pdf = await renderDecisionLetter(briefing.committee, item, negotiateLanguage(request.headers['accept-language']));
    sendPdf(reply, pdf, `decision-comite-${id}-laureat-${laureateId}.pdf`);
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
  close(@Param('id', new ParseIdPipe()) id: number, @Body() dto: CloseCommitteeDto, @CurrentActor() actor: Actor, @Req() request: FastifyRequest) {
    return this.closing.close(id, dto, actor, negotiateLanguage(request.headers['accept-language']));
  }
}

function sendPdf(reply: FastifyReply, pdf: Buffer, fileName: string): void {
  reply.header('Content-Type', 'application/pdf').header('Content-Disposition', `attachment; filename="${fileName}"`).send(pdf);
}
