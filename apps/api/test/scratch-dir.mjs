// Where the tests' throw-away PostgreSQL clusters and files go: a memory file system when the machine has one
// (/dev/shm). On this machine's ext4 disk, each file PostgreSQL creates cost ~1.5 ms of kernel time looking for a
// free inode among the recently deleted ones (perf: ext4_create -> recently_deleted), ~0.6 s for each database
// cloned from the migrated template against 0.04 s on tmpfs. AIC_TEST_SCRATCH chooses another directory.
import { accessSync, constants, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO_ROOT = resolve(import.meta.dirname, '../../..');
const MEMORY = '/dev/shm';

function writableDirectory(path) {
  try {
    if (!statSync(path).isDirectory()) return false;
    accessSync(path, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The directory holding the tests' scratch directories (created if needed). */
export function scratchRoot() {
  if (process.env.AIC_TEST_SCRATCH) return made(process.env.AIC_TEST_SCRATCH);
  const memory = join(MEMORY, 'aic-tests');
  try {
    // Another account's runs may have made it first (without the right to write in it for this one).
    if (writableDirectory(MEMORY) && writableDirectory(made(memory))) return memory;
  } catch {
    // not made: the repository's directory below
  }
  return made(join(REPO_ROOT, '.data'));
}

function made(dir) {
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A new scratch directory named after `name` and this process (`<name>-<pid>-<time>`), created. */
export function scratchDir(name) {
  const dir = join(scratchRoot(), `${name}-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Whether the run that made a directory still runs (a process of another account counts: EPERM). */
const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/**
 * Removes the scratch directories of test runs that are gone (their process no longer runs), stopping the postmaster
 * one left behind as the API does at start (`recoverStalePostmaster`, from the build): in memory, what a killed run
 * leaves would hold RAM until the machine restarts. A directory whose cluster an instance still runs is left alone.
 */
export async function removeStaleScratch() {
  const root = scratchRoot();
  if (root === join(REPO_ROOT, '.data')) return; // the repository's own data (npm start, the benchmark) lives there too
  const { recoverStalePostmaster } = await import('../dist/database/stale-postmaster.js');
  for (const entry of readdirSync(root)) {
    const pid = Number(/-(\d+)-\d+$/.exec(entry)?.[1]);
    if (!pid || alive(pid)) continue;
    const dir = join(root, entry);
    try {
      await recoverStalePostmaster(join(dir, 'pg'));
    } catch {
      continue; // an API process of that run still runs on it
    }
    rmSync(dir, { recursive: true, force: true });
  }
}
