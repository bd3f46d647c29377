import { ROLES as ALL_ROLES, type Role } from '@aic/domain';
import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor, RequestUser } from './request-user.js';

export const IS_PUBLIC = 'aic:public';
export const ROLES = 'aic:roles';

/** The route needs no session (login, health, demo accounts). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * The caller needs one of these roles; on a controller, applies to every route unless a route overrides it.
 * A route without @Roles() is for the staff: every role but `evaluator` (see STAFF_ROLES).
 */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

/** Evaluators (jury, citizens' panel) reach only the routes that name them; the staff reach the others. */
export const STAFF_ROLES: readonly Role[] = ALL_ROLES.filter((r) => r !== 'evaluator');

/** Any signed-in account, evaluators included (their own session and password). */
export const AnyRole = () => Roles(...ALL_ROLES);

type AuthedRequest = FastifyRequest & { user?: RequestUser };

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext) => {
  return ctx.switchToHttp().getRequest<AuthedRequest>().user!;
});

export const CurrentActor = createParamDecorator((_: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<AuthedRequest>();
  return { user: request.user!, requestId: request.id };
});
