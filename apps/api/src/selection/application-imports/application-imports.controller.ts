import { BadRequestException, Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { Actor } from '../../common/auth/request-user.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import { bilingual, negotiateLanguage } from '../../common/errors/bilingual.js';
import { ListParams } from '../../common/list/list-params.decorator.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { sendList } from '../../common/list/send-list.js';
import { applicationImportListSpec } from './application-imports.list-spec.js';
import { ApplicationImportsService } from './application-imports.service.js';
import { StartImportDto } from './dto/start-import.dto.js';

export const IMPORT_LIMITS = Symbol('IMPORT_LIMITS');
export interface ImportLimits {
  maxBytes: number;
}

export function importLimits(env: NodeJS.ProcessEnv = process.env): ImportLimits {
  const mb = Number(env.AIC_IMPORT_MAX_MB || 20);
  if (!Number.isFinite(mb) || mb <= 0) throw new Error(`AIC_IMPORT_MAX_MB must be a positive number, got "${env.AIC_IMPORT_MAX_MB}"`);
  return { maxBytes: Math.round(mb * 1024 * 1024) };
}

/**
 * Programme leads import a call's applications from an export of Démarches Simplifiées (or any CSV/XLSX): the file is
 * the request body as is (`Content-Type: text/csv` or the XLSX type), `?callId=…&fileName=…`.
 */
@ApiTags('application-imports')
@ApiBearerAuth()
@Roles('admin', 'programme_lead')
@Controller('application-imports')
export class ApplicationImportsController {
  constructor(
    private readonly imports: ApplicationImportsService,
    @Inject(IMPORT_LIMITS) private readonly limits: ImportLimits,
  ) {}

  @Get()
  async list(@ListParams(applicationImportListSpec) query: ListQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendList(reply, 'application-imports', await this.imports.list(query));
  }

  @Get(':id')
  get(@Param('id', new ParseIdPipe()) id: number) {
    return this.imports.getOrFail(id);
  }

  @Post()
  async upload(@Query('callId', new ParseIdPipe('callId')) callId: number, @Query('fileName') fileName: string | undefined, @Req() request: FastifyRequest, @CurrentActor() actor: Actor) {
    const content = await this.readBody(request);
    return this.imports.upload(callId, (fileName ?? '').trim() || 'import', content, actor);
  }

  @Post(':id/run')
  @HttpCode(202)
  start(@Param('id', new ParseIdPipe()) id: number, @Body() dto: StartImportDto, @CurrentActor() actor: Actor) {
    return this.imports.start(id, dto.mapping, actor);
  }

  @Get(':id/row-errors')
  rowErrors(@Param('id', new ParseIdPipe()) id: number) {
    return this.imports.rowErrors(id);
  }

  @Get(':id/row-errors.csv')
  async rowErrorsCsv(@Param('id', new ParseIdPipe()) id: number, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const { fileName, csv } = await this.imports.rowErrorsCsv(id, negotiateLanguage(request.headers['accept-language']));
    reply.header('Content-Type', 'text/csv; charset=utf-8').header('Content-Disposition', `attachment; filename="${fileName}"`).send(csv);
  }

  /** The raw body (left unread by the body parsers), refused past the size cap before it is all read. */
  private async readBody(request: FastifyRequest): Promise<Buffer> {
    const tooBig = () =>
      new BadRequestException({
        message: bilingual(
          `Fichier trop volumineux : ${Math.round(this.limits.maxBytes / 1024 / 1024)} Mo au plus`,
          `File too large: at most ${Math.round(this.limits.maxBytes / 1024 / 1024)} MB`,
        ),
      });
    if (Number(request.headers['content-length'] ?? 0) > this.limits.maxBytes) throw tooBig();
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of request.raw) {
      size += (chunk as Buffer).length;
      if (size > this.limits.maxBytes) throw tooBig();
      chunks.push(chunk as Buffer);
    }
    if (size === 0) throw new BadRequestException({ message: bilingual('Aucun fichier reçu', 'No file received') });
    return Buffer.concat(chunks);
  }
}
