import type { HttpException } from '@nestjs/common';
import { type Bilingual, bilingual } from './bilingual.js';
import { WHOLE_NUMBER } from './validation-errors.js';

/** Errors Fastify raises itself (the body parser, the router), by code. */
const FASTIFY = new Map<string, Bilingual>([
  ['FST_ERR_CTP_INVALID_JSON_BODY', bilingual('Corps de la requête : JSON invalide', 'Request body: invalid JSON')],
  ['FST_ERR_CTP_BODY_TOO_LARGE', bilingual('Corps de la requête trop volumineux', 'Request body too large')],
  ['FST_ERR_BAD_URL', bilingual('Adresse (URL) mal formée', 'Malformed URL')],
]);

/** Messages of Nest's own exceptions (its parse pipes), in English only. */
const NEST = new Map<string, Bilingual>([
  ['Validation failed (numeric string is expected)', WHOLE_NUMBER],
]);

export const fastifyErrorText = (code: string | undefined): Bilingual | undefined => (code ? FASTIFY.get(code) : undefined);

/** Both languages for an error Nest or Fastify raised with an English message; undefined for the application's own. */
export function frameworkErrorText(exception: HttpException, message: unknown): Bilingual | undefined {
  const fastify = fastifyErrorText((exception.cause as { code?: string } | undefined)?.code);
  if (fastify || typeof message !== 'string') return fastify;
  // Nest's answer to a route it does not know: "Cannot GET /api/nothing-here".
  const unknownRoute = exception.getStatus() === 404 ? /^Cannot ([A-Z]+) (.+)$/.exec(message) : null;
  if (unknownRoute) return bilingual(`Route inconnue : ${unknownRoute[1]} ${unknownRoute[2]}`, message);
  return NEST.get(message);
}
