import helmet, { type HelmetOptions } from 'helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { serveAdmin } from './admin-spa.js';
import { AppModule } from './app.module.js';
import { registerUploads } from './platform/documents/multipart.js';
import { PUBLIC_RESULTS_PATH } from '@aic/domain';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter.js';
import { answerLanguage, localize } from './common/errors/bilingual.js';
import { fastifyErrorText } from './common/errors/framework-errors.js';
import { isApiPath } from './common/http/api-path.js';
import { createAppLogger } from './common/http/app-logger.js';
import { compressJsonAnswers } from './common/http/compress-json.js';
import { readBodiesAsExpressDid } from './common/http/request-bodies.js';
import { answerRequestId, requestIdOf } from './common/http/request-id.js';
import { logRequests } from './common/http/request-log.js';
import { TOTAL_CAPPED_HEADER } from './common/list/send-list.js';
import { AppValidationPipe } from './common/validation/app-validation.pipe.js';
import type { AppConfig } from './config.js';

/** The whole HTTP application, as `main.ts` and the end-to-end tests build it. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter(serverOptions(config));
  const logger = createAppLogger(config);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, databaseUrl, logger), adapter, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // The public results pages live outside the API's prefix (impact/public-results).
  app.setGlobalPrefix('api', { exclude: [PUBLIC_RESULTS_PATH, `${PUBLIC_RESULTS_PATH}/{*path}`] });
  answerRequestId(app);
  logRequests(app.getHttpAdapter().getInstance(), logger);
  readBodiesAsExpressDid(app);
  await registerUploads(app, config);
  sendSecurityHeaders(app);
  keepApiAnswersOutOfCaches(app);
  compressJsonAnswers(app);
  app.enableCors(corsOptions(config));
  app.useGlobalPipes(new AppValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  if (existsSync(config.adminDistDir)) await serveAdmin(app, config.adminDistDir);

  const openApi = new DocumentBuilder()
    .setTitle('AIC back-office API')
    .setDescription("API de l'Accélérateur d'Initiatives Citoyennes (protocole simple REST de react-admin)")
    .setVersion('1')
    .addBearerAuth()
    .build();
  SwaggerModule.setup('api/docs', app, () => SwaggerModule.createDocument(app, openApi));
  return app;
}

/**
 * API answers carry personal data: no browser or proxy keeps them (a shared workstation, a back button after
 * logout). Hence no ETag either: hashing every body cost ~3 % of a list's CPU for revalidations that cannot happen.
 */
function keepApiAnswersOutOfCaches(app: NestFastifyApplication): void {
  app.getHttpAdapter().getInstance().addHook('onSend', async (request: FastifyRequest, reply: FastifyReply) => {
    if (isApiPath(request.url)) reply.header('Cache-Control', 'no-store');
  });
}

/**
 * Helmet's headers on every answer, its middleware built once: @fastify/helmet 13 builds it anew for each request
 * (parsing the content security policy each time), ~3 % of a list's CPU.
 */
function sendSecurityHeaders(app: NestFastifyApplication): void {
  const setSecurityHeaders = helmet(SECURITY_HEADERS);
  app.getHttpAdapter().getInstance().addHook('onRequest', (request, reply, done) => {
    setSecurityHeaders(request.raw, reply.raw, (error) => (error === undefined ? done() : done(error instanceof Error ? error : new Error(String(error)))));
  });
}

const SECURITY_HEADERS: HelmetOptions = {
  // TLS and HSTS belong to the reverse proxy in front of the service.
  strictTransportSecurity: false,
  contentSecurityPolicy: {
    directives: {
      'upgrade-insecure-requests': null,
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      // MUI/emotion injects style elements at run time.
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
    },
  },
};

function corsOptions(config: AppConfig): Parameters<NestFastifyApplication['enableCors']>[0] {
  return {
    origin: config.corsOrigins.length > 0 ? config.corsOrigins : false,
    // As Express's cors answered: every method react-admin uses, an answer to any OPTIONS, lists without spaces.
    methods: 'GET,HEAD,PUT,PATCH,POST,DELETE',
    strictPreflight: false,
    exposedHeaders: ['Content-Range', TOTAL_CAPPED_HEADER, 'X-Request-Id'].join(','),
  };
}

/** Fastify, set to answer as Express did. */
function serverOptions(config: AppConfig): FastifyServerOptions {
  return {
    genReqId: requestIdOf,
    trustProxy: trustedProxies(config.trustProxy),
    // body-parser's limit rather than Fastify's 1 MiB: a bigger body stays a 413.
    bodyLimit: 100 * 1024,
    // Node's default, which Express kept and Fastify turns off: a request must arrive within 5 minutes.
    requestTimeout: 300_000,
    // Express's router ignored the letter case and a trailing slash, and had no limit of its own on a parameter's length
    // (Node bounds the request line at 16 KiB): an overlong id reaches its route and is refused there.
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, maxParamLength: 16 * 1024 },
    frameworkErrors: answerRouterError,
  };
}

/** The router refuses a malformed URL before Nest sees the request: the answer keeps the shape of the exceptions filter. */
function answerRouterError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const statusCode = error.statusCode ?? 400;
  const message = localize(fastifyErrorText(error.code) ?? error.message, answerLanguage(request, reply));
  reply.code(statusCode).header('X-Request-Id', request.id).send({ statusCode, message });
}

/** TRUST_PROXY as Express read it: a hop count trusts that many proxies in front (Fastify would trust none). */
function trustedProxies(setting: AppConfig['trustProxy']): FastifyServerOptions['trustProxy'] {
  return typeof setting === 'number' ? (_address, hop) => hop < setting : setting;
}
