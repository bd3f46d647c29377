import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../common/auth/decorators.js';
import type { Actor } from '../common/auth/request-user.js';
import { ListParams } from '../common/list/list-params.decorator.js';
import type { ListQuery } from '../common/list/list-query.js';
import { sendList } from '../common/list/send-list.js';
import { CreateOrganisationDto } from './dto/create-organisation.dto.js';
import { UpdateOrganisationDto } from './dto/update-organisation.dto.js';
import { organisationListSpec } from './organisations.list-spec.js';
import { OrganisationsService } from './organisations.service.js';

/** Everyone reads organisations; staff who meet partners may record them. */
@ApiTags('organisations')
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  async list(@ListParams(organisationListSpec) query: ListQuery, @Res({ passthrough: true }) res: Response) {
    return sendList(res, 'organisations', await this.organisations.list(query));
  }

  @Get(':id')
  get(@Param('id', ParseIntPipe) id: number) {
    return this.organisations.getOrFail(id);
  }

  @Roles('admin', 'programme_lead', 'acceleration_manager')
  @Post()
  create(@Body() dto: CreateOrganisationDto, @CurrentActor() actor: Actor) {
    return this.organisations.create(dto, actor);
  }

  @Roles('admin', 'programme_lead', 'acceleration_manager')
  @Put(':id')
  update(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdateOrganisationDto, @CurrentActor() actor: Actor) {
    return this.organisations.update(id, dto, actor);
  }

  @Roles('admin', 'programme_lead')
  @Delete(':id')
  remove(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.organisations.remove(id, actor);
  }
}
