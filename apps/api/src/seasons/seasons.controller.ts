import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../common/auth/decorators.js';
import type { Actor } from '../common/auth/request-user.js';
import { ListParams } from '../common/list/list-params.decorator.js';
import type { ListQuery } from '../common/list/list-query.js';
import { sendList } from '../common/list/send-list.js';
import { CreateSeasonDto } from './dto/create-season.dto.js';
import { UpdateSeasonDto } from './dto/update-season.dto.js';
import { seasonListSpec } from './seasons.list-spec.js';
import { SeasonsService } from './seasons.service.js';

/** Everyone reads seasons; programme leads run them. */
@ApiTags('seasons')
@ApiBearerAuth()
@Controller('seasons')
export class SeasonsController {
  constructor(private readonly seasons: SeasonsService) {}

  @Get()
  async list(@ListParams(seasonListSpec) query: ListQuery, @Res({ passthrough: true }) res: Response) {
    return sendList(res, 'seasons', await this.seasons.list(query));
  }

  @Get(':id')
  get(@Param('id', ParseIntPipe) id: number) {
    return this.seasons.getOrFail(id);
  }

  @Roles('admin', 'programme_lead')
  @Post()
  create(@Body() dto: CreateSeasonDto, @CurrentActor() actor: Actor) {
    return this.seasons.create(dto, actor);
  }

  @Roles('admin', 'programme_lead')
  @Put(':id')
  update(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdateSeasonDto, @CurrentActor() actor: Actor) {
    return this.seasons.update(id, dto, actor);
  }

  @Roles('admin', 'programme_lead')
  @Delete(':id')
  remove(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.seasons.remove(id, actor);
  }
}
