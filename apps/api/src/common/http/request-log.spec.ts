import { describe, expect, it } from '@jest/globals';
import Fastify from 'fastify';
import { Writable } from 'node:stream';
import { pino, type Level } from 'pino';
import { logRequests, requestLogLevel } from './request-log.js';

/** A Fastify server logging its requests at `level` into an array of parsed lines; `get` resolves once it has logged. */
async function serverLoggingAt(level: Level) {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => { lines.push(JSON.parse(chunk.toString())); done(); } });
  // Closing does not wait for the connection a client left with its request still running.
  const fastify = Fastify({ forceCloseConnections: true });
  logRequests(fastify, pino({ level }, sink));
  // Runs after the request log's hook (hooks run in the order they were added): the request has been logged, or not.
  const logged = new Map<string, () => void>();
  fastify.addHook('onResponse', (request, _reply, done) => { logged.get(String(request.headers['x-test']))?.(); done(); });
  fastify.get('/api/contacts', async () => []);
  fastify.get('/api/health', async () => ({ status: 'ok' }));
  fastify.get('/api/broken', async (_request, reply) => reply.code(500).send({}));
  fastify.get('/api/outage', async (_request, reply) => reply.code(503).send({}));
  fastify.get('/api/slow', async () => new Promise((resolve) => setTimeout(() => resolve({}), 500)));
  const address = await fastify.listen({ port: 0, host: '127.0.0.1' });
  let n = 0;
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const key = String(++n);
    const done = new Promise<void>((resolve) => logged.set(key, resolve));
    await (await fetch(address + url, { headers: { ...headers, 'x-test': key } })).arrayBuffer();
    await done;
  };
  /** Asks, then leaves before the answer. */
  const leave = async (url: string) => {
    const controller = new AbortController();
    const asked = fetch(address + url, { signal: controller.signal }).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    await asked;
  };
  return { lines, get, leave, close: () => fastify.close() };
}

describe('the request log', () => {
  it('writes one line per request: its id, method and path (never the query string), status and time', async () => {
    const { get, lines, close } = await serverLoggingAt('info');
    await get('/api/contacts?filter={"q":"dupont"}', { authorization: 'Bearer secret' });
    await get('/api/nowhere');
    await close();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 30, msg: 'request completed', req: { method: 'GET', url: '/api/contacts' }, res: { statusCode: 200 } });
    expect(Object.keys(lines[0].req as object).sort()).toEqual(['id', 'method', 'url']);
    expect(typeof lines[0].responseTime).toBe('number');
    expect(JSON.stringify(lines)).not.toMatch(/dupont|secret/);
    expect(lines[1]).toMatchObject({ level: 40, res: { statusCode: 404 } });
  });

  it('leaves out the health check and the 503s of an outage; errors at error level', async () => {
    const { get, lines, close } = await serverLoggingAt('info');
    for (const url of ['/api/health', '/api/outage', '/api/broken']) await get(url);
    await close();
    expect(lines.map((l) => [l.level, (l.res as { statusCode: number }).statusCode])).toEqual([[50, 500]]);
  });

  it('writes only the lines its level lets through', async () => {
    const { get, lines, close } = await serverLoggingAt('warn');
    for (const url of ['/api/contacts', '/api/nowhere', '/api/broken']) await get(url);
    await close();
    expect(lines.map((l) => l.level)).toEqual([40, 50]);
  });

  it('says when a client left before its answer', async () => {
    const { leave, lines, close } = await serverLoggingAt('info');
    await leave('/api/slow?filter={"q":"dupont"}');
    for (let i = 0; i < 50 && lines.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(lines).toEqual([expect.objectContaining({ level: 30, msg: 'request aborted', req: expect.objectContaining({ method: 'GET', url: '/api/slow' }) })]);
    await close();
  });

  it('maps statuses to levels', () => {
    expect([200, 201, 304, 400, 404, 409, 500, 502, 503].map(requestLogLevel)).toEqual(['info', 'info', 'info', 'warn', 'warn', 'warn', 'error', 'error', null]);
  });
});
