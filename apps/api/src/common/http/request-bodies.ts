import { BadRequestException, UnsupportedMediaTypeException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest, RawServerDefault } from 'fastify';
import { bilingual } from '../errors/bilingual.js';
import { jsonContentProblem, jsonShapeProblem } from '../validation/json-shape.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Request bodies read as Express's body-parser read them: JSON, where an empty body is `{}` (react-admin's
 * fetchJson labels a POST without body as JSON), and forms; a body of any other type is left unread rather than
 * refused with 415. Fastify's JSON parser stays underneath (it also refuses `__proto__` and `constructor.prototype`).
 *
 * Before any validation runs, a JSON body must be (issue 13): UTF-8 (another declared charset → 415, invalid bytes →
 * 400, rather than stored with U+FFFD), nested at most 32 levels with at most 2 000 members (a deep body otherwise
 * overflows the stack of validation → 500), free of control characters and lone surrogates in every string (NUL
 * reaches PostgreSQL, which refuses it → 500), and without keys named after Object.prototype's properties.
 */
export function readBodiesAsExpressDid(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', {}, (request, body, done) => {
    if (body.length === 0) return done(null, {});
    let text: string;
    try {
      text = decodeUtf8(request, body as Buffer);
      const shape = jsonShapeProblem(text);
      if (shape) throw new BadRequestException({ message: shape });
    } catch (error) {
      return done(error as Error);
    }
    parseJson(request, text, (error, parsed) => {
      if (error) return done(error);
      const errors = jsonContentProblem(parsed);
      if (errors) return done(new BadRequestException({ message: bilingual('Données invalides', 'Invalid data'), errors }));
      done(null, parsed);
    });
  });
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null));
}

function decodeUtf8(request: FastifyRequest, body: Buffer): string {
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)"?/i.exec(request.headers['content-type'] ?? '')?.[1].toLowerCase().slice(0, 40);
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new UnsupportedMediaTypeException({
      message: bilingual(`Jeu de caractères non pris en charge : ${charset} (UTF-8 attendu)`, `Unsupported charset: ${charset} (UTF-8 expected)`),
    });
  }
  try {
    return UTF8.decode(body);
  } catch {
    throw new BadRequestException({ message: bilingual('Corps de la requête : UTF-8 invalide', 'Request body: invalid UTF-8') });
  }
}
