import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RawServerDefault } from 'fastify';

/**
 * Request bodies read as Express's body-parser read them: JSON, where an empty body is `{}` (react-admin's
 * fetchJson labels a POST without body as JSON), and forms; a body of any other type is left unread rather than
 * refused with 415. Fastify's JSON parser stays underneath (it also refuses `__proto__` and `constructor.prototype`).
 */
export function readBodiesAsExpressDid(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', {}, (request, body, done) =>
    body.length === 0 ? done(null, {}) : parseJson(request, body.toString('utf8'), done),
  );
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null));
}
