import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { isApiPath } from './common/http/api-path.js';


/**
 * The built admin on the API's origin: its files, and index.html for any other GET outside /api (client-side
 * routes). An unknown /api path goes to Nest's not-found handler, which answers the JSON 404.
 */
export async function serveAdmin(app: NestFastifyApplication, distDir: string): Promise<void> {
  // One route per file, read at start-up (as the admin is built before the API starts): a path that is not a
  // file falls through to the route below instead of a 404.
  await app.register(fastifyStatic, { root: distDir, wildcard: false });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => (isApiPath(request.url) ? reply.callNotFound() : reply.sendFile('index.html')));
}
