import type { Role } from '@aic/domain';
import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { SessionsService } from '../../platform/auth/sessions.service.js';
import { bilingual } from '../errors/bilingual.js';
import { IS_PUBLIC, ROLES, STAFF_ROLES } from './decorators.js';
import type { RequestUser } from './request-user.js';

/** Global guard: a valid session for every route not marked @Public(), then the @Roles() of the route or controller. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: RequestUser }>();
    const token = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const user = token ? await this.sessions.authenticate(token) : null;
    if (!user) throw new UnauthorizedException({ message: bilingual('Session absente ou expirée : reconnectez-vous', 'No session or session expired: please log in again') });
    request.user = user;
    const roles = this.reflector.getAllAndOverride<readonly Role[] | undefined>(ROLES, targets) ?? STAFF_ROLES;
    if (!user.roles.some((r) => roles.includes(r))) {
      throw new ForbiddenException({ message: bilingual('Votre rôle ne permet pas cette action', 'Your role does not allow this action') });
    }
    return true;
  }
}
