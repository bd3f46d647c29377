import { resolve } from 'node:path';
import { REPO_ROOT } from '../config.js';

export type Mode = 'full' | 'quick' | 'smoke';

export interface BenchOptions {
  mode: Mode;
  /** Dataset scale (1 = national scale) and the small one it is compared with (1/100 of it). */
  scale: number;
  smallScale: number;
  duration: number;
  warmup: number;
  connections: number;
  poolSize: number;
  /** Also measure scenario 1 on 2 API instances. */
  scaleOut: boolean;
  small: boolean;
  regenerate: boolean;
  out: string;
  dataDir: string;
  markdown: boolean;
  /** Connections of the light-load pass (latency without queueing); 0 skips it. */
  lightConnections: number;
  lightDuration: number;
  /** Another build of the API to measure (A/B of a change before it lands): its dist/main.js. */
  apiMain: string | null;
  /** PostgreSQL's shared_buffers on the benchmark cluster. */
  sharedBuffers: string;
  /** Measure each load this many times and keep the best (other load on a shared machine only slows down). */
  repeat: number;
  /** Scenario ids to run (`--only 1,3a`); empty: all. */
  only: string[];
  /** Extra server settings (`--pg-set name=value`, repeatable), to measure a tuning. */
  pgSettings: string[];
  /** Seconds of the mixed read/write load (issue 13's reliability run: 60 in full mode). */
  mixedDuration: number;
}

const USAGE = `npm run bench [-- options]
  --quick             1/10 of the data, 4 s per scenario (< 2 min)
  --smoke             tiny data, ~0.3 s per scenario (the test suite's run)
  --scale / --no-scale  also measure scenario 1 on 2 API instances (default: on in full mode)
  --no-small          skip the 1/100 dataset (p99 growth)
  --duration <s>  --warmup <s>  --connections <n>
  --regenerate        rebuild the dataset even if a matching one exists
  --out <file>        results (default: <repo>/bench/results.json)
  --data-dir <dir>    PostgreSQL data of the benchmark (default: <repo>/.data/bench)
  --markdown          also print the table as Markdown
  --no-light          skip the light-load pass (5 connections) that measures latency without queueing
  --shared-buffers <size>  PostgreSQL shared_buffers (default 2GB; the postgres image's default is 128MB)
  --repeat <n>        measure each load n times and keep the best run (a machine shared with other work)
  --only <ids>        run only these scenarios, e.g. --only 1,3a,3b, --only mixed, --only first-load or --only import (the baseline always runs)
  --mixed-duration <s>  length of the mixed read/write load (default 60 s; quick 20, smoke 2)
  --pg-set name=value extra PostgreSQL setting for the run (repeatable), e.g. random_page_cost=1.1
  --api-main <file>   measure another build of the API (its dist/main.js), e.g. a copy with a proposed change`;

/**
 * `npm run bench -- --quick` at the root reaches this script through a second `npm run`, which turns the flags
 * into npm config (`npm_config_quick=true`): accept those for the boolean flags.
 */
function npmFlags(env: NodeJS.ProcessEnv): string[] {
  if (env.npm_lifecycle_event !== 'bench') return [];
  const flags: string[] = [];
  for (const name of ['quick', 'smoke', 'regenerate', 'markdown']) if (env[`npm_config_${name}`] === 'true') flags.push(`--${name}`);
  for (const name of ['scale', 'small', 'light']) {
    if (env[`npm_config_${name}`] === 'true') flags.push(`--${name}`);
    if (env[`npm_config_${name}`] === 'false' || env[`npm_config_${name}`] === '') flags.push(`--no-${name}`);
  }
  return flags;
}

export function parseOptions(rawArgv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const argv = [...rawArgv, ...npmFlags(env).filter((flag) => !rawArgv.includes(flag))];
  const has = (flag: string) => argv.includes(flag);
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value\n${USAGE}`);
    return v;
  };
  const known = new Set(['--small', '--light', '--quick', '--smoke', '--scale', '--no-scale', '--no-small', '--duration', '--warmup', '--connections', '--regenerate', '--out', '--data-dir', '--markdown', '--no-light', '--api-main', '--shared-buffers', '--pg-set', '--only', '--repeat', '--mixed-duration', '--help']);
  for (const arg of argv) if (arg.startsWith('--') && !known.has(arg)) throw new Error(`unknown option ${arg}\n${USAGE}`);
  if (has('--help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const mode: Mode = has('--smoke') ? 'smoke' : has('--quick') ? 'quick' : 'full';
  const defaults = {
    full: { scale: 1, duration: 10, warmup: 2, connections: 50, scaleOut: true, light: 3, mixed: 60 },
    quick: { scale: 0.1, duration: 4, warmup: 1, connections: 50, scaleOut: false, light: 1, mixed: 20 },
    smoke: { scale: 0.01, duration: 0.3, warmup: 0.1, connections: 10, scaleOut: false, light: 0.2, mixed: 2 },
  }[mode];
  const number = (flag: string, fallback: number) => {
    const raw = value(flag);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} must be a positive number`);
    return n;
  };
  return {
    mode,
    scale: defaults.scale,
    smallScale: mode === 'smoke' ? 0.002 : defaults.scale / 100,
    duration: number('--duration', defaults.duration),
    warmup: number('--warmup', defaults.warmup),
    connections: Math.round(number('--connections', defaults.connections)),
    poolSize: Number(process.env.DB_POOL_SIZE || 10),
    scaleOut: has('--scale') || (defaults.scaleOut && !has('--no-scale')),
    small: !has('--no-small'),
    regenerate: has('--regenerate'),
    out: resolve(value('--out') ?? resolve(REPO_ROOT, 'bench/results.json')),
    dataDir: resolve(value('--data-dir') ?? resolve(REPO_ROOT, mode === 'smoke' ? '.data/bench-smoke' : '.data/bench')),
    markdown: has('--markdown'),
    lightConnections: has('--no-light') ? 0 : 5,
    lightDuration: defaults.light,
    apiMain: value('--api-main') ? resolve(value('--api-main')!) : null,
    sharedBuffers: value('--shared-buffers') ?? (mode === 'smoke' ? '128MB' : '2GB'),
    repeat: Math.round(number('--repeat', 1)),
    only: (value('--only') ?? '').split(',').map((id) => id.trim()).filter(Boolean),
    mixedDuration: number('--mixed-duration', defaults.mixed),
    pgSettings: argv.flatMap((arg, i) => (arg === '--pg-set' && /^\w+(\.\w+)?=\S+$/.test(argv[i + 1] ?? '') ? [argv[i + 1]] : [])),
  };
}
