import { rm } from 'node:fs/promises';
import { once } from 'node:events';

const STOP_TIMEOUT_MS = 30_000;

/** SIGTERM the API (it stops its PostgreSQL), wait for it, then drop the data directory. */
export async function stopProduct(state) {
  if (!state) return;
  const { child } = state;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited;
    clearTimeout(timer);
  }
  if (state.dataDir) await rm(state.dataDir, { recursive: true, force: true });
}

export default async function globalTeardown() {
  await Promise.all((globalThis.__AIC_BROWSER_E2E__ ?? []).map(stopProduct));
  globalThis.__AIC_BROWSER_E2E__ = undefined;
}
