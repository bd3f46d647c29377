import type { Role } from '@aic/domain';
import { Body, Delete, Get, Inject, Param, Post, Put, Res, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiBody } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentActor, Roles } from '../auth/decorators.js';
import type { Actor } from '../auth/request-user.js';
import { AppValidationPipe } from '../validation/app-validation.pipe.js';
import type { JsonListPage, ListPage } from '../list/find-list.js';
import { ListParams } from '../list/list-params.decorator.js';
import type { ListQuery } from '../list/list-query.js';
import type { ListSpec } from '../list/list-spec.js';
import { sendList } from '../list/send-list.js';
import { ParseIdPipe } from './parse-id.pipe.js';

/** What a resource's service offers to its controller; the actor lets services apply record-level rules. */
export interface CrudService<T, C, U> {
  list(query: ListQuery, actor: Actor): Promise<ListPage<T> | JsonListPage>;
  getOrFail(id: number, actor: Actor): Promise<T>;
  create(dto: C, actor: Actor): Promise<T>;
  update(id: number, dto: U, actor: Actor): Promise<T>;
  remove(id: number, actor: Actor): Promise<T>;
}

export interface CrudOptions<C, U> {
  resource: string;
  spec: ListSpec<any>;
  service: Type<CrudService<unknown, C, U>>;
  createDto: Type<C>;
  updateDto: Type<U>;
  /** Roles allowed to create and update (default: any authenticated user; services may narrow further). */
  writeRoles?: Role[];
  /** Roles allowed to delete (default: writeRoles). */
  deleteRoles?: Role[];
  /** Roles allowed to read (default: any authenticated user). */
  readRoles?: Role[];
}

const validate = (expectedType: Type) => new AppValidationPipe({ expectedType });

const optionalRoles = (roles?: Role[]): MethodDecorator => (roles ? Roles(...roles) : () => undefined);

/**
 * The simple-REST routes of a resource, written once: `GET /`, `GET /:id`, `POST /`, `PUT /:id`, `DELETE /:id`.
 * A resource's controller extends the returned class under `@Controller('<resource>')`.
 */
export function CrudController<C extends object, U extends object>(options: CrudOptions<C, U>) {
  const { resource, spec, writeRoles, readRoles } = options;
  const deleteRoles = options.deleteRoles ?? writeRoles;

  @ApiBearerAuth()
  class ResourceController {
    constructor(@Inject(options.service) readonly service: CrudService<unknown, C, U>) {}

    @optionalRoles(readRoles)
    @Get()
    async list(@ListParams(spec) query: ListQuery, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
      return sendList(reply, resource, await this.service.list(query, actor));
    }

    @optionalRoles(readRoles)
    @Get(':id')
    get(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
      return this.service.getOrFail(id, actor);
    }

    @optionalRoles(writeRoles)
    @ApiBody({ type: options.createDto })
    @Post()
    create(@Body(validate(options.createDto)) dto: C, @CurrentActor() actor: Actor) {
      return this.service.create(dto, actor);
    }

    @optionalRoles(writeRoles)
    @ApiBody({ type: options.updateDto })
    @Put(':id')
    update(@Param('id', new ParseIdPipe()) id: number, @Body(validate(options.updateDto)) dto: U, @CurrentActor() actor: Actor) {
      return this.service.update(id, dto, actor);
    }

    @optionalRoles(deleteRoles)
    @Delete(':id')
    remove(@Param('id', new ParseIdPipe()) id: number, @CurrentActor() actor: Actor) {
      return this.service.remove(id, actor);
    }
  }
  return ResourceController;
}
