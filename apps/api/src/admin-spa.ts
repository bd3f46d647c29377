import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { join, sep } from 'node:path';
import { isApiPath } from './common/http/api-path.js';

const CACHED_FOR_A_YEAR = 'public, max-age=31536000, immutable';
const REVALIDATED = 'no-cache';

/**
 * The built admin on the API's origin: its files, and index.html for any other GET outside /api (client-side
 * routes). An unknown /api path goes to Nest's not-found handler, which answers the JSON 404.
 */
export async function serveAdmin(app: NestFastifyApplication, distDir: string): Promise<void> {
  // One route per file, read at start-up (as the admin is built before the API starts): a path that is not a
  // file falls through to the route below instead of a 404.
  // Vite names the files of assets/ after their content: cached for a year without revalidation. The rest (index.html,
  // which names the current assets) is revalidated on every visit. Brotli/gzip copies made by the build are preferred.
  const fingerprinted = join(distDir, 'assets') + sep;
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => reply.header('cache-control', path.startsWith(fingerprinted) ? CACHED_FOR_A_YEAR : REVALIDATED),
  });
  app
    .getHttpAdapter()
    .getInstance()
    .get('/*', (request, reply) => (isApiPath(request.url) ? reply.callNotFound() : reply.sendFile('index.html')));
}
