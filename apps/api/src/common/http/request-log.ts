import type { FastifyInstance } from 'fastify';
import type { Level, Logger } from 'pino';
import { logSerializers } from './log-serializers.js';

/** Polled every few seconds by orchestrators and load balancers: never logged. */
const HEALTH_CHECK = '/api/health';

/**
 * A request's line in the log, by its status: none for a 503 (a database outage, counted by the exceptions filter's
 * outage log instead of a line per request).
 */
export function requestLogLevel(statusCode: number): Level | null {
  if (statusCode === 503) return null;
  return statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info';
}

/**
 * One line per answered request (`request completed`: its id, method, path, status and `responseTime` in ms), written
 * by a Fastify hook once the answer is sent; `request aborted` when the client left before it. pino-http, as
 * nestjs-pino mounts it, ran as a middleware before every request (a child logger, three listeners, an
 * AsyncLocalStorage context that makes every promise of the process call a hook): 15–25 % of the API's CPU on a list
 * page, whether the line was written or not (issue 18).
 */
export function logRequests(fastify: FastifyInstance, logger: Logger): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const level = requestLogLevel(reply.statusCode);
    if (level !== null && logger.isLevelEnabled(level) && request.url !== HEALTH_CHECK) {
      logger[level]({ req: logSerializers.req(request), res: { statusCode: reply.statusCode }, responseTime: Math.round(reply.elapsedTime) }, 'request completed');
    }
    done();
  });
  // The client left before its answer (a closed tab, a cancelled upload): no status to give, and nothing to act on.
  fastify.addHook('onRequestAbort', (request, done) => {
    if (logger.isLevelEnabled('info') && request.url !== HEALTH_CHECK) logger.info({ req: logSerializers.req(request) }, 'request aborted');
    done();
  });
}
