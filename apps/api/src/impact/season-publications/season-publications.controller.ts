import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { Actor } from '../../common/auth/request-user.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import { ListParams } from '../../common/list/list-params.decorator.js';
import type { ListQuery } from '../../common/list/list-query.js';
import { sendList } from '../../common/list/send-list.js';
import { seasonPublicationListSpec } from './season-publications.list-spec.js';
import { AppValidationPipe } from '../../common/validation/app-validation.pipe.js';
import { UpdateSeasonPublicationDto } from './dto.js';
import { SeasonPublicationsService } from './season-publications.service.js';

/** The programme team's side of a season's publication: welcome text, publish, unpublish. */
@ApiTags('season-publications')
@ApiBearerAuth()
@Roles('admin', 'programme_lead')
@Controller('season-publications')
export class SeasonPublicationsController {
  constructor(private readonly publications: SeasonPublicationsService) {}

  @Get()
  async list(@ListParams(seasonPublicationListSpec) query: ListQuery, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendList(reply, 'season-publications', await this.publications.list(query));
  }

  @Get(':id')
  get(@Param('id', new ParseIdPipe()) id: number) {
    return this.publications.getOrFail(id);
  }

  @Put(':id')
  update(@Param('id', new ParseIdPipe()) id: number, @Body(new AppValidationPipe({ expectedType: UpdateSeasonPublicationDto })) dto: UpdateSeasonPublicationDto, @CurrentActor() actor: Actor) {
    return this.publications.update(id, dto, actor);
  }

  @Post(':id/publish')
  @HttpCode(200)
  publish(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
    return this.publications.publish(id, actor);
  }

  @Post(':id/unpublish')
  @HttpCode(200)
  unpublish(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
    return this.publications.unpublish(id, actor);
  }
}
