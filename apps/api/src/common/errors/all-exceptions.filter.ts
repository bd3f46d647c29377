import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { httpErrorFromPostgres } from './postgres-errors.js';

/** Every error leaves as `{ statusCode, message, errors? }`; a 5xx says only "Erreur interne" and the request id. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<Request & { id?: string }>();
    const response = ctx.getResponse<Response>();
    const http = exception instanceof HttpException ? exception : httpErrorFromPostgres(exception) ?? bodyParserError(exception);
    if (!http) {
      this.logger.error({ err: loggable(exception), requestId: request.id, path: request.url }, 'Unhandled error');
      response.status(500).json({ statusCode: 500, message: 'Erreur interne', requestId: request.id });
      return;
    }
    const status = http.getStatus();
    const raw = http.getResponse();
    const body: Record<string, unknown> = typeof raw === 'string' ? { message: raw } : { ...(raw as Record<string, unknown>) };
    if (Array.isArray(body.message)) body.message = body.message.join(' ; ');
    delete body.error;
    if (status === 500) {
      this.logger.error({ err: loggable(exception), requestId: request.id }, 'Server error');
      response.status(status).json({ statusCode: status, message: 'Erreur interne', requestId: request.id });
      return;
    }
    response.status(status).json({ statusCode: status, ...body });
  }
}

/** Express's body parser throws plain errors carrying a status (malformed JSON, too large). */
function bodyParserError(exception: unknown): HttpException | null {
  const e = exception as { status?: number; type?: string };
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    const message = e.type === 'entity.parse.failed' ? 'Corps de requête JSON invalide' : 'Requête invalide';
    return new HttpException({ message }, e.status);
  }
  return null;
}

/** What an error may leave in the logs: never the parameters of a failed query (personal data, hashes). */
function loggable(exception: unknown): Record<string, unknown> {
  const e = exception as { name?: string; message?: string; code?: string; stack?: string; query?: string };
  return { type: e?.name, message: e?.message, code: e?.code, query: e?.query, stack: e?.stack };
}
