import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { answerLanguage, bilingual, localize } from './bilingual.js';
import { databaseUnavailable, isDatabaseUnavailable, OutageLog, RETRY_AFTER_SECONDS } from './database-unavailable.js';
import { frameworkErrorText } from './framework-errors.js';
import { httpErrorFromPostgres } from './postgres-errors.js';

const INTERNAL_ERROR = bilingual('Erreur interne', 'Internal error');

/**
 * Every error leaves as `{ statusCode, message, errors? }` of plain strings, in the language negotiated from
 * `Accept-Language` (throw sites give both, see bilingual.ts); a 5xx says only "Erreur interne" and the request id.
 * Errors of the HTTP layer (malformed JSON, body too large) reach it as HttpExceptions: Nest maps them.
 * A database that cannot be reached (stopped, restarting, out of connections) is a 503 with `Retry-After`, logged
 * once per period with a count (OutageLog), not a 500 with a stack trace per request.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');
  private readonly outage = new OutageLog();

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const language = answerLanguage(request, reply);
    const unavailable = !(exception instanceof HttpException) && isDatabaseUnavailable(exception);
    if (unavailable) {
      this.outage.record(exception);
      reply.header('Retry-After', String(RETRY_AFTER_SECONDS));
    }
    const http = exception instanceof HttpException ? exception : unavailable ? databaseUnavailable() : httpErrorFromPostgres(exception);
    if (!http) {
      this.logger.error({ err: loggable(exception), requestId: request.id, path: request.url }, 'Unhandled error');
      reply.status(500).send({ statusCode: 500, message: INTERNAL_ERROR[language], requestId: request.id });
      return;
    }
    const status = http.getStatus();
    const raw = http.getResponse();
    const body: Record<string, unknown> = typeof raw === 'string' ? { message: raw } : { ...(raw as Record<string, unknown>) };
    if (Array.isArray(body.message)) body.message = body.message.join(' ; ');
    body.message = localize(frameworkErrorText(http, body.message) ?? body.message, language);
    if (typeof body.errors === 'object' && body.errors !== null) {
      body.errors = Object.fromEntries(Object.entries(body.errors).map(([field, text]) => [field, localize(text, language)]));
    }
    delete body.error;
    if (status === 500) {
      this.logger.error({ err: loggable(exception), requestId: request.id }, 'Server error');
      reply.status(status).send({ statusCode: status, message: INTERNAL_ERROR[language], requestId: request.id });
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
