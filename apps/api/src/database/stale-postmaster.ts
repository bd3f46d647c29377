import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

/**
 * After a `kill -9` of the Node process, its postmaster lives on as an orphan (or leaves a stale pid file)
 * and blocks a restart. Only a postgres process of this data directory whose parent is gone is stopped;
 * one still owned by a running instance is reported, and an unrelated process that reused the pid is left alone.
 */
export async function recoverStalePostmaster(pgDir: string): Promise<void> {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const cmdline = Number.isInteger(pid) && pid > 0 && processAlive(pid) ? readProc(pid, 'cmdline')?.split('\0') : undefined;
  const ours = cmdline?.some((arg) => arg.endsWith('postgres')) && cmdline.includes(pgDir);
  if (cmdline && ours) {
    const parent = Number(readProc(pid, 'stat')?.split(') ')[1]?.split(' ')[1]);
    const parentIsNode = parent > 1 && (readProc(parent, 'cmdline') ?? '').includes('node');
    if (parentIsNode) {
      throw new Error(`PostgreSQL in ${pgDir} is in use by another running instance (pid ${parent}): stop it first`);
    }
    process.kill(pid, 'SIGINT'); // fast shutdown of the orphan
    for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (processAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  if (existsSync(pidFile)) rmSync(pidFile);
}
