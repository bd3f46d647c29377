import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../config.js';
import { freePort } from './cluster.js';

export const API_DIR = fileURLToPath(new URL('../..', import.meta.url));
const DIST = fileURLToPath(new URL('..', import.meta.url));

export interface Server {
  url: string;
  /** The processes that serve (for RSS): the API itself, or the cluster's workers. */
  pids(): number[];
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
// Never leave a server behind, whatever ends the benchmark.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

async function waitUntilServing(url: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (code ${child.exitCode}) before answering:\n${output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server not answering ${url} after ${timeoutMs / 1000} s:\n${output()}`);
}

async function start(script: string, env: Record<string, string>, healthPath: string, workerPids?: (out: string) => number[], nodeArgs: string[] = []): Promise<Server> {
  const port = await freePort();
  let out = '';
  const child = spawn(process.execPath, [...nodeArgs, script], {
    cwd: API_DIR,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url + healthPath, child, () => out);
  return {
    url,
    pids: () => (workerPids ? workerPids(out) : [child.pid!]),
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
      running.delete(child);
    },
  };
}

export interface ApiOptions {
  databaseUrl: string;
  poolSize: number;
  /** Instances behind one port (Node cluster, round-robin): 1 is the plain `node dist/main.js`. */
  instances?: number;
  /** Another build's dist/main.js (default: this one's). */
  main?: string | null;
}

/**
 * `NODE_OPTIONS` of the production image (Dockerfile, checked by the smoke test): V8 otherwise sizes its heap for
 * the host (24 GB here) and the RSS under load reaches ~310 MB for a live heap of a few tens of MB. Its young
 * generation grows to two semi-spaces of 16 MB under load, all of it resident: capped at 8 MB each, the RSS under load
 * is 20–30 MB lower for a few more scavenges (issue 18, docs/performance.md).
 */
export const PRODUCTION_NODE_OPTIONS = '--max-old-space-size=192 --max-semi-space-size=8';

/** The API in production mode, as a child process: `node dist/main.js`. */
export function startApi({ databaseUrl, poolSize, instances = 1, main }: ApiOptions): Promise<Server> {
  const script = main ?? `${DIST}main.js`;
  const env = {
    DATABASE_URL: databaseUrl,
    AIC_DEMO: 'false',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    DB_POOL_SIZE: String(poolSize),
    // Same static admin for another build of the API (--api-main) as for this one.
    AIC_ADMIN_DIST: process.env.AIC_ADMIN_DIST || resolve(REPO_ROOT, 'apps/admin/dist'),
    BENCH_API_MAIN: script,
    // The production runtime's V8 settings; BENCH_API_NODE_OPTIONS tries others (e.g. --max-semi-space-size=32).
    NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS ?? PRODUCTION_NODE_OPTIONS,
  };
  // BENCH_API_CPU_PROF=<dir>: a V8 CPU profile of each API process, written when it stops (Node refuses --cpu-prof in NODE_OPTIONS).
  const profile = process.env.BENCH_API_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.env.BENCH_API_CPU_PROF)}`] : [];
  if (instances === 1) return start(script, env, '/api/health', undefined, profile);
  const pids = (out: string) => [...out.matchAll(/^bench-worker (\d+)$/gm)].map((m) => Number(m[1]));
  return start(`${DIST}bench/cluster-launcher.js`, { ...env, BENCH_INSTANCES: String(instances) }, '/api/health', pids);
}

/** The raw baseline: node:http + pg, one query path, no framework. */
export function startBaseline(databaseUrl: string, poolSize: number): Promise<Server> {
  return start(`${DIST}bench/baseline-server.js`, { DATABASE_URL: databaseUrl, DB_POOL_SIZE: String(poolSize) }, '/health');
}
