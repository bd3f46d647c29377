import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Fastify's `genReqId`: the caller's X-Request-Id when it is a plain token, a new UUID otherwise. It becomes
 * `request.id`, which the request log, the audit trail and 5xx answers carry.
 */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
}

/** Every answer, errors and 404s included, carries the request id as X-Request-Id. */
export function answerRequestId(app: NestFastifyApplication): void {
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      reply.raw.setHeader('X-Request-Id', request.id);
      done();
    });
}
