// npm run db:restore -- FILE
// Restores a db:backup archive into the embedded data directory, with npm start stopped; the current data is kept aside.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../config.js';
import { restoreBaseBackup } from '../database/backup/restore.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { externalServerHelp } from './db-backup-help.js';

function fail(message: string): never {
  console.error(`db:restore: ${message}`);
  process.exit(2);
}

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
const config = loadConfig();
if (config.databaseUrl) fail(externalServerHelp('restore'));
if (positionals.length !== 1) fail('usage: npm run db:restore -- FILE (an archive written by npm run db:backup)');
const archive = resolve(positionals[0]);
if (!existsSync(archive)) fail(`no file ${archive}`);
const pgDir = join(config.dataDir, 'pg');

const started = Date.now();
try {
  const { meta, keptAside } = await restoreBaseBackup(archive, pgDir);
  console.log(`db:restore: backup "${meta.label}" of ${meta.createdAt} unpacked into ${pgDir}`);
  if (keptAside) console.log(`db:restore: the previous data directory is kept in ${keptAside} (delete it once satisfied)`);
  // The first start replays the archived WAL up to the end of the backup; then the database is checked.
  const embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, 'aic', () => undefined);
  const client = new pg.Client({ connectionString: embedded.ownerUrl });
  try {
    await client.connect();
    const { rows } = await client.query(`SELECT pg_is_in_recovery() AS recovering, (SELECT count(*) FROM pg_stat_user_tables)::int AS tables`);
    if (rows[0].recovering) throw new Error('the server is still in recovery');
    console.log(`db:restore: done in ${((Date.now() - started) / 1000).toFixed(1)} s: WAL replayed, ${rows[0].tables} tables in database aic. Start the app with npm start.`);
  } finally {
    await client.end().catch(() => undefined);
    await embedded.stop();
  }
} catch (error) {
  console.error(`db:restore: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
process.exit(process.exitCode ?? 0); // embedded-postgres exit hooks would otherwise reset the code
