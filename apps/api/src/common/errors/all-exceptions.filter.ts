import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { httpErrorFromPostgres } from './postgres-errors.js';

/**
 * Every error leaves as `{ statusCode, message, errors? }`; a 5xx says only "Erreur interne" and the request id.
 * Errors of the HTTP layer (malformed JSON, body too large) reach it as HttpExceptions: Nest maps them.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const http = exception instanceof HttpException ? exception : httpErrorFromPostgres(exception);
    if (!http) {
      this.logger.error({ err: loggable(exception), requestId: request.id, path: request.url }, 'Unhandled error');
      reply.status(500).send({ statusCode: 500, message: 'Erreur interne', requestId: request.id });
      return;
    }
    const status = http.getStatus();
    const raw = http.getResponse();
    const body: Record<string, unknown> = typeof raw === 'string' ? { message: raw } : { ...(raw as Record<string, unknown>) };
    if (Array.isArray(body.message)) body.message = body.message.join(' ; ');
    delete body.error;
    if (status === 500) {
      this.logger.error({ err: loggable(exception), requestId: request.id }, 'Server error');
      reply.status(status).send({ statusCode: status, message: 'Erreur interne', requestId: request.id });
      return;
    }
    reply.status(status).send({ statusCode: status, ...body });
  }
}

/** What an error may leave in the logs: never the parameters of a failed query (personal data, hashes). */
function loggable(exception: unknown): Record<string, unknown> {
  const e = exception as { name?: string; message?: string; code?: string; stack?: string; query?: string };
  return { type: e?.name, message: e?.message, code: e?.code, query: e?.query, stack: e?.stack };
}
