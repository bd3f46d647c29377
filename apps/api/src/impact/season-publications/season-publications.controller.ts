import { Body, Controller, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../../common/auth/decorators.js';
import type { Actor } from '../../common/auth/request-user.js';
import { ParseIdPipe } from '../../common/crud/parse-id.pipe.js';
import { sendList } from '../../common/list/send-list.js';
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
  async list(@Res({ passthrough: true }) reply: FastifyReply) {
    const rows = await this.publications.list();
    return sendList(reply, 'season-publications', { rows, start: 0, total: rows.length });
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
