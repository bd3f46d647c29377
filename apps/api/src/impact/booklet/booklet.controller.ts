import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Roles } from '../../common/auth/decorators.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import { renderBookletHtml } from './booklet-html.js';
import { renderBookletPdf } from './booklet-pdf.js';
import { BookletService } from './booklet.service.js';

/** The season's closing booklet in one click, in French (the language of the publication), as HTML or PDF. */
@ApiTags('season-publications')
@ApiBearerAuth()
@Roles('admin', 'programme_lead')
@Controller('season-publications')
export class BookletController {
  constructor(private readonly booklets: BookletService) {}

  @Get(':id/booklet.html')
  async bookletHtml(@Param('id', new ParseIdPipe()) id: number, @Res() reply: FastifyReply) {
    const booklet = await this.booklets.build(id);
    reply.header('Content-Type', 'text/html; charset=utf-8').send(renderBookletHtml(booklet));
  }

  @Get(':id/booklet.pdf')
  async bookletPdf(@Param('id', new ParseIdPipe()) id: number, @Res() reply: FastifyReply) {
    const booklet = await this.booklets.build(id);
    reply
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', `attachment; filename="livret-saison-${booklet.season.year}.pdf"`)
      .send(await renderBookletPdf(booklet));
  }
}
