import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { parseListQuery } from './list-query.js';
import type { ListSpec } from './list-spec.js';

/** `@ListParams(spec) query: ListQuery` — parsed and validated `sort`, `range`, `filter`. */
export const ListParams = createParamDecorator((spec: ListSpec<any>, ctx: ExecutionContext) => {
  const request = ctx.switchToHttp().getRequest<Request>();
  return parseListQuery(request.query, spec);
});
