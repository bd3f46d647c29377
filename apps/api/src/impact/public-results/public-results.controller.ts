import { PUBLIC_RESULTS_PATH } from '@aic/domain';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../common/auth/decorators.js';
import { type Asset, dsfrFont, dsfrStylesheet } from './dsfr-assets.js';
import { notFoundPage } from './layout.js';
import { PublicResultsService } from './public-results.service.js';

/** Outside /api (see PUBLIC_PATHS): served by the API's process, before the admin's client-side routes. */

const YEAR = /^\d{4}$/;
// Public pages change when a season is published or unpublished: revalidated on every visit.
const REVALIDATED = 'no-cache';
const ONE_DAY = 'public, max-age=86400';

/** The public results of published seasons, without login: server-rendered HTML and open-data files. */
@ApiExcludeController()
@Public()
@Controller(PUBLIC_RESULTS_PATH)
export class PublicResultsController {
  constructor(private readonly results: PublicResultsService) {}

  @Get()
  async index(@Res() reply: FastifyReply) {
    sendPage(reply, 200, await this.results.index());
  }

  @Get('dsfr/dsfr.min.css')
  stylesheet(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    sendAsset(request, reply, dsfrStylesheet());
  }

  @Get('dsfr/fonts/:file')
  font(@Param('file') file: string, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const asset = dsfrFont(file);
    if (asset) sendAsset(request, reply, asset);
    else sendPage(reply, 404, notFoundPage());
  }

  @Get(':year')
  async season(@Param('year') year: string, @Res() reply: FastifyReply) {
    const page = YEAR.test(year) ? await this.results.page(Number(year)) : null;
    if (page) sendPage(reply, 200, page);
    else sendPage(reply, 404, notFoundPage());
  }

  @Get(':year/donnees/:file')
  async openData(@Param('year') year: string, @Param('file') file: string, @Res() reply: FastifyReply) {
    const document = YEAR.test(year) ? await this.results.openDataFile(Number(year), file) : null;
    if (!document) return sendPage(reply, 404, notFoundPage());
    reply
      .header('Content-Type', document.contentType)
      .header('Content-Disposition', `inline; filename="aic-${year}-${file}"`)
      .header('Cache-Control', REVALIDATED)
      .header('Access-Control-Allow-Origin', '*')
      .send(document.body);
  }
}

function sendPage(reply: FastifyReply, status: number, page: string): void {
  reply.code(status).header('Content-Type', 'text/html; charset=utf-8').header('Cache-Control', REVALIDATED).send(page);
}

function sendAsset(request: FastifyRequest, reply: FastifyReply, asset: Asset): void {
  reply.header('Content-Type', asset.contentType).header('Cache-Control', ONE_DAY).header('Vary', 'Accept-Encoding');
  if (asset.gzipped && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) reply.header('Content-Encoding', 'gzip').send(asset.gzipped);
  else reply.send(asset.body);
}
