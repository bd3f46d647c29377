import { Body, Controller, Delete, Get, Param, ParseIntPipe, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentActor, Roles } from '../common/auth/decorators.js';
import type { Actor } from '../common/auth/request-user.js';
import { ListParams } from '../common/list/list-params.decorator.js';
import type { ListQuery } from '../common/list/list-query.js';
import { sendList } from '../common/list/send-list.js';
import { CreateUserDto } from './dto/create-user.dto.js';
import { UpdateUserDto } from './dto/update-user.dto.js';
import { userListSpec } from './users.list-spec.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async list(@ListParams(userListSpec) query: ListQuery, @Res({ passthrough: true }) res: Response) {
    return sendList(res, 'users', await this.users.list(query));
  }

  @Get(':id')
  get(@Param('id', ParseIntPipe) id: number) {
    return this.users.getOrFail(id);
  }

  @Post()
  create(@Body() dto: CreateUserDto, @CurrentActor() actor: Actor) {
    return this.users.create(dto, actor);
  }

  @Put(':id')
  update(@Param('id', ParseIntPipe) id: number, @Body() dto: UpdateUserDto, @CurrentActor() actor: Actor) {
    return this.users.update(id, dto, actor);
  }

  @Delete(':id')
  remove(@Param('id', ParseIntPipe) id: number, @CurrentActor() actor: Actor) {
    return this.users.remove(id, actor);
  }
}
