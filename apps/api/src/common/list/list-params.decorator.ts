import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { parseListQuery, type RawListQuery } from './list-query.js';
import type { ListSpec } from './list-spec.js';

/** `@ListParams(spec) query: ListQuery` — parsed and validated `sort`, `range`, `filter`. */
export const ListParams = createParamDecorator((spec: ListSpec<any>, ctx: ExecutionContext) => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest<{ Querystring: RawListQuery }>>();
  return parseListQuery(request.query, spec);
});
