import { Negotiator } from '@fastify/accept-negotiator';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { isApiPath } from './api-path.js';

const SMALLEST = 1024;
const encodings = new Negotiator({ supportedValues: ['br', 'gzip'] });
const compress = { br: (json: string | Buffer) => brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }), gzip: (json: string | Buffer) => gzipSync(json) };

/**
 * JSON answers of the API over 1 KiB go brotli- or gzip-compressed to clients that accept it (browsers): a page of
 * 200 laureates or a briefing pack shrinks 5–10×. Written here because @fastify/compress leaves alone every answer
 * that carries `Content-Range` (it takes it for a byte range), i.e. every list of react-admin's simple REST protocol.
 */
export function compressJsonAnswers(app: NestFastifyApplication): void {
  app.getHttpAdapter().getInstance().addHook('onSend', async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    // A string, or a Buffer of JSON already encoded (the briefing pack, written as PostgreSQL built it).
    if (!(typeof payload === 'string' || Buffer.isBuffer(payload)) || payload.length < SMALLEST || !isApiPath(request.url)) return payload;
    if (!String(reply.getHeader('content-type') ?? '').startsWith('application/json') || reply.hasHeader('content-encoding')) return payload;
    reply.header('vary', appendVary(reply.getHeader('vary'), 'Accept-Encoding'));
    const encoding = encodings.negotiate(request.headers['accept-encoding'] ?? '');
    if (!encoding) return payload;
    reply.header('content-encoding', encoding);
    reply.removeHeader('content-length');
    return compress[encoding](payload);
  });
}

function appendVary(current: unknown, name: string): string {
  const values = current === undefined ? [] : String(current).split(',').map((v) => v.trim()).filter(Boolean);
  return values.some((v) => v.toLowerCase() === name.toLowerCase() || v === '*') ? values.join(', ') : [...values, name].join(', ');
}
