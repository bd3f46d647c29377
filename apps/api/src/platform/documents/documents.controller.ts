import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { Actor } from '../../common/auth/request-user.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import { ListParams } from '../../common/list/list-params.decorator.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { sendList } from '../../common/list/send-list.js';
import { AppValidationPipe } from '../../common/validation/app-validation.pipe.js';
import { documentListSpec } from './documents.list-spec.js';
import { type OpenedFile, DocumentsService } from './documents.service.js';
import { UpdateDocumentDto, UploadDocumentBody } from './dto/document.dto.js';
import { attachmentHeader } from './media-types.js';

/** Referents read the documents of their laureates' records and write none; the service applies the record's rule. */
const WRITERS = ['admin', 'programme_lead', 'acceleration_manager'] as const;

@ApiTags('documents')
@ApiBearerAuth()
@Controller('documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Get()
  async list(@ListParams(documentListSpec) query: ListQuery, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendList(reply, 'documents', await this.documents.list(query, actor));
  }

  @Get(':id')
  get(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
    return this.documents.getOrFail(id, actor);
  }

  @Roles(...WRITERS)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadDocumentBody })
  @Post()
  create(@Req() request: FastifyRequest, @CurrentActor() actor: Actor) {
    return this.documents.create(request, actor);
  }

  @Roles(...WRITERS)
  @ApiBody({ type: UpdateDocumentDto })
  @Put(':id')
  update(@Param('id', new ParseIdPipe()) id: number, @Body(new AppValidationPipe({ expectedType: UpdateDocumentDto })) dto: UpdateDocumentDto, @CurrentActor() actor: Actor) {
    return this.documents.update(id, dto, actor);
  }

  @Roles(...WRITERS)
  @Delete(':id')
  remove(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
    return this.documents.remove(id, actor);
  }

  @Get(':id/content')
  async content(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor, @Res() reply: FastifyReply) {
    return send(reply, await this.documents.open(id, null, actor));
  }

  @Get(':id/versions')
  versions(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
    return this.documents.versions(id, actor);
  }

  @Roles(...WRITERS)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @HttpCode(201)
  @Post(':id/versions')
  addVersion(@Param('id', new ParseIdPipe()) id: number, @Req() request: FastifyRequest, @CurrentActor() actor: Actor) {
    return this.documents.addFileVersion(id, request, actor);
  }

  @Get(':id/versions/:number/content')
  async versionContent(
    @Param('id', new ParseIdPipe()) id: number,
    @Param('number', new ParseIdPipe('number')) number: number,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ) {
    return send(reply, await this.documents.open(id, number, actor));
  }
}

/** Always a download, never shown inline by the browser (a stored file is the uploader's content, not the product's). */
function send(reply: FastifyReply, file: OpenedFile) {
  return reply
    .header('Content-Type', file.mediaType)
    .header('Content-Length', String(file.size))
    .header('Content-Disposition', attachmentHeader(file.fileName))
    .header('X-Content-Type-Options', 'nosniff')
    .header('Content-Security-Policy', "default-src 'none'; sandbox")
    .send(file.stream);
}
