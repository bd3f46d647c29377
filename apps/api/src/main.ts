import 'reflect-metadata';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@aic/domain';
import { createApp } from './app.factory.js';
import { loadConfig } from './config.js';
import { prepareDatabase } from './database/prepare-database.js';
import { seedDemoIfEmpty } from './demo/seed-demo.js';

const config = loadConfig();
const quiet = config.logLevel === 'warn' || config.logLevel === 'error' || config.logLevel === 'fatal' || config.logLevel === 'silent';
const say = (message: string) => {
  if (!quiet) console.log(`[aic] ${message}`);
};

const database = await prepareDatabase(
  config,
  (m) => (config.logLevel === 'debug' ? say(m) : undefined),
  config.demo ? (dataSource) => seedDemoIfEmpty(dataSource, say) : undefined,
).catch((error: Error) => {
  console.error(`[aic] cannot start the database: ${error.message}`);
  process.exit(1);
});
say(database.embedded ? `embedded PostgreSQL ready (${config.dataDir}/pg, port ${config.embeddedPgPort})` : 'external PostgreSQL ready');

const app = await createApp(config, database.url);
// Stop PostgreSQL after Nest has closed its pool (Ctrl-C, SIGTERM).
const stopDatabase = async () => database.embedded?.stop();
process.once('beforeExit', stopDatabase);
const close = async (signal: string) => {
  say(`${signal} received: stopping`);
  await app.close();
  await stopDatabase();
  process.exit(0);
};
process.once('SIGINT', () => void close('SIGINT'));
process.once('SIGTERM', () => void close('SIGTERM'));

await app.listen(config.port);
say(`AIC back-office: http://localhost:${config.port}/ (API http://localhost:${config.port}/api, docs /api/docs)`);
if (config.demo) {
  say(`demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const a of DEMO_ACCOUNTS) say(`  ${a.email.padEnd(28)} ${a.roles.join(', ')}`);
}
