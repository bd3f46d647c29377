// npm run db:backup -- [--out FILE]
// Online base backup of the embedded PostgreSQL (running under npm start or not) into a .tar.gz; see docs/operations.md.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { takeBaseBackup } from '../database/backup/base-backup.js';
import { runningPostmaster } from '../database/backup/restore.js';
import { EMBEDDED_OWNER, startEmbeddedPostgres } from '../database/embedded-postgres.js';
import { externalServerHelp, timestamp } from './db-backup-help.js';

function fail(message: string): never {
  console.error(`db:backup: ${message}`);
  process.exit(2);
}

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const config = loadConfig();
if (config.databaseUrl) fail(externalServerHelp('backup'));
const pgDir = join(config.dataDir, 'pg');
if (!existsSync(join(pgDir, 'PG_VERSION'))) fail(`no embedded database in ${pgDir} (AIC_DATA_DIR)`);
const out = resolve(values.out ?? join(config.dataDir, 'backups', `aic-${timestamp()}.tar.gz`));
if (existsSync(out)) fail(`${out} already exists`);
if (!relative(pgDir, out).startsWith('..')) fail(`--out must not be inside the data directory ${pgDir}`);
mkdirSync(dirname(out), { recursive: true });

const started = Date.now();
// The running server's port is in its pid file (4th line); otherwise start the server for the time of the backup.
const pid = runningPostmaster(pgDir);
const embedded = pid ? null : await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort, 'aic', () => undefined);
const port = pid ? Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[3]) : config.embeddedPgPort;
console.log(`db:backup: ${pid ? `server running (pid ${pid}, port ${port})` : 'server started for the backup'}, writing ${out}`);
try {
  const meta = await takeBaseBackup({
    connection: { host: '127.0.0.1', port, database: 'postgres', ...EMBEDDED_OWNER },
    pgDir,
    out,
    log: (message) => console.log(`db:backup: ${message}`),
  });
  console.log(`db:backup: done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${out} (${meta.files} files, ${(meta.bytes / 1e6).toFixed(1)} MB before compression, WAL ${meta.startLsn}…${meta.stopLsn}, PostgreSQL ${meta.serverVersion})`);
  console.log('db:backup: it holds personal data: store it encrypted, off this machine, and expire it');
} catch (error) {
  console.error(`db:backup: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}
process.exit(process.exitCode ?? 0); // embedded-postgres exit hooks would otherwise reset the code
