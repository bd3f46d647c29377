import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LoadResult } from './load.js';
import type { Scenario, Target } from './scenarios.js';

/** Issue 18: every API process under 200 MB of RSS. */
export const RSS_LIMIT_MB = 200;

export interface ScenarioResult {
  id: string;
  name: string;
  /** Targets in words, e.g. "≥0.6×raw, p99<50ms, RSS<300MB". */
  target: string;
  rps: number | null;
  p50Ms: number | null;
  p99Ms: number | null;
  ratioToRaw: number | null;
  rssMb: number | null;
  /** All targets met; null when the scenario has none or is pending. Speed targets never fail the run. */
  pass: boolean | null;
  missed?: string[];
  /** p99 with a few connections (no queueing): what one user waits. */
  p99LightMs?: number;
  /** p99 of the raw baseline under the same load: the floor of any server on this machine at that load. */
  p99RawMs?: number;
  /** req/s of the raw baseline measured around this scenario (`pairedBaseline`), the divisor of `ratioToRaw`. */
  rawRps?: number;
  /** The raw baseline's CPU per request ÷ this scenario's (API, PostgreSQL and load generator): the throughput ratio a
   * machine of its own would give, less moved by other work than req/s. */
  cpuRatioToRaw?: number;
  /** CPU used by other processes on the machine during the run (% of all cores): above 10, figures are disturbed. */
  otherCpuPct?: number;
  requests?: number;
  errors?: number;
  wrongAnswers?: number;
  pagesPerSec?: number;
  p99SmallMs?: number;
  p99Growth?: number;
  pending?: string;
  note?: string;
  /** Mixed load: answers by status, updates refused as stale (409, expected), the API's RSS once a second. */
  statusCounts?: Record<string, number>;
  conflicts?: number;
  rssSeriesMb?: number[];
  rssStartMb?: number;
  rssMiddleMb?: number;
  rssEndMb?: number;
  /** First load: kilobytes (1 000 bytes) the login page's cold load transferred, compressed as served. */
  transferKb?: number;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

export function describeTarget(target: Target): string {
  const parts: string[] = [];
  if (target.ratio !== undefined) parts.push(`≥${target.ratio}×raw`);
  if (target.p99RawRatio !== undefined) parts.push(`p99≤${target.p99RawRatio}×raw p99`);
  if (target.lightP99Ms !== undefined) parts.push(`light p99<${target.lightP99Ms}ms`);
  if (target.p99Ms !== undefined) parts.push(`p99<${target.p99Ms}ms`);
  if (target.growth !== undefined) parts.push(`p99 growth≤${target.growth}`);
  parts.push(`RSS<${RSS_LIMIT_MB}MB`);
  return parts.join(', ');
}

/** A scenario's figures against its targets; `light` is its pass at a few connections, when the run made one. */
export function scenarioResult(scenario: Scenario, load: LoadResult, baseline: Pick<LoadResult, 'rps' | 'p99Ms' | 'cpuMsPerRequest'>, light?: Pick<LoadResult, 'p99Ms'> | null): ScenarioResult {
  const ratio = load.rps / baseline.rps;
  const missed: string[] = [];
  const { target } = scenario;
  if (target.ratio !== undefined && ratio < target.ratio) missed.push(`throughput ${round(ratio, 2)}×raw < ${target.ratio}`);
  if (target.p99RawRatio !== undefined && load.p99Ms > target.p99RawRatio * baseline.p99Ms) {
    missed.push(`p99 ${load.p99Ms} ms > ${target.p99RawRatio}× the raw baseline's ${baseline.p99Ms} ms`);
  }
  if (target.lightP99Ms !== undefined && light && light.p99Ms >= target.lightP99Ms) missed.push(`light p99 ${light.p99Ms} ms ≥ ${target.lightP99Ms}`);
  if (target.p99Ms !== undefined && load.p99Ms >= target.p99Ms) {
    const floor = baseline.p99Ms >= target.p99Ms ? `, out of reach: the raw baseline's own p99 is ${baseline.p99Ms} ms at this load` : ` (raw baseline ${baseline.p99Ms} ms)`;
    missed.push(`p99 ${load.p99Ms} ms ≥ ${target.p99Ms}${floor}`);
  }
  if (load.rssMb >= RSS_LIMIT_MB) missed.push(`RSS ${load.rssMb} MB ≥ ${RSS_LIMIT_MB}`);
  return {
    id: scenario.id,
    name: scenario.name,
    target: describeTarget(target),
    rps: round(load.rps),
    p50Ms: load.p50Ms,
    p99Ms: load.p99Ms,
    ratioToRaw: round(ratio, 2),
    rssMb: load.rssMb,
    p99RawMs: baseline.p99Ms,
    rawRps: round(baseline.rps),
    ...cpuRatio(load, baseline),
    pass: missed.length === 0,
    missed,
    ...(light ? { p99LightMs: light.p99Ms } : {}),
    requests: load.requests,
    errors: load.errors,
    wrongAnswers: load.wrong,
    otherCpuPct: load.otherCpuPct,
    ...(scenario.callsPerPage ? { pagesPerSec: round(load.rps / scenario.callsPerPage) } : {}),
  };
}

function cpuRatio(load: Pick<LoadResult, 'cpuMsPerRequest'>, baseline: Pick<LoadResult, 'cpuMsPerRequest'>): { cpuRatioToRaw?: number } {
  const [mine, raw] = [load.cpuMsPerRequest?.all, baseline.cpuMsPerRequest?.all];
  return mine && raw ? { cpuRatioToRaw: round(raw / mine, 2) } : {};
}

/**
 * The raw baseline measured around a scenario, half its time just before and half just after, as one load: its
 * requests over both halves' time, the mean of their p99s, the CPU per request of both. Compared with a baseline
 * measured once at the start, the host's swings during a run (the baseline alone moved 848–1 340 req/s over a day,
 * and by a fifth within minutes) cancel out instead of landing on whichever scenario ran in a slow spell.
 */
export function pairedBaseline(before: LoadResult, after: LoadResult): LoadResult {
  const requests = before.requests + after.requests;
  const seconds = [before, after].reduce((sum, half) => sum + (half.rps > 0 ? half.requests / half.rps : 0), 0);
  const cpu = (pick: (c: NonNullable<LoadResult['cpuMsPerRequest']>) => number) =>
    (pick(before.cpuMsPerRequest!) * before.requests + pick(after.cpuMsPerRequest!) * after.requests) / requests;
  return {
    rps: seconds > 0 ? requests / seconds : 0,
    p50Ms: (before.p50Ms + after.p50Ms) / 2,
    p99Ms: Math.round((before.p99Ms + after.p99Ms) / 2),
    requests,
    answered: before.answered + after.answered,
    errors: before.errors + after.errors,
    wrong: before.wrong + after.wrong,
    wrongSamples: [...before.wrongSamples, ...after.wrongSamples],
    rssMb: Math.max(before.rssMb, after.rssMb),
    otherCpuPct: Math.round((before.otherCpuPct + after.otherCpuPct) / 2),
    ...(before.cpuMsPerRequest && after.cpuMsPerRequest
      ? { cpuMsPerRequest: { api: cpu((c) => c.api), all: cpu((c) => c.all), loadGenerator: cpu((c) => c.loadGenerator), postgres: cpu((c) => c.postgres) } }
      : {}),
    collected: [],
  };
}

/** The cold first loads of the login page against their targets: median time, and the bytes over the wire. */
export function firstLoadResult(
  load: { productMs: number[]; baselineMs: number[]; weight: { bytes: number; requests: number } },
  limits: { ms: number; kb: number },
  rss: number | null,
): ScenarioResult {
  const [product, bare] = [median(load.productMs), median(load.baselineMs)];
  const transferKb = round(load.weight.bytes / 1000);
  const missed: string[] = [];
  if (product >= limits.ms) missed.push(`median ${product} ms ≥ ${limits.ms} ms`);
  if (load.weight.bytes > limits.kb * 1000) missed.push(`transferred ${transferKb} kB > ${limits.kb} kB`);
  return {
    id: 'first-load',
    name: `cold first load of the login page, fresh profile (median of ${load.productMs.length})`,
    target: `<${limits.ms} ms, ≤${limits.kb} kB`,
    // Pages per second of one browser: 1000 / ms, so that "×raw" reads like the other scenarios (1 = as fast as a bare page).
    rps: round(1000 / product),
    p50Ms: product,
    p99Ms: Math.max(...load.productMs),
    ratioToRaw: round(bare / product, 2),
    rssMb: rss,
    pass: missed.length === 0,
    ...(missed.length ? { missed } : {}),
    transferKb,
    requests: load.weight.requests,
    note: `${transferKb} kB in ${load.weight.requests} requests; bare HTML page: median ${bare} ms; product ${(product / bare).toFixed(1)}× slower`,
  };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
};

/** Adds the 1/100 dataset's p99 and the growth target to a result. */
export function addGrowth(result: ScenarioResult, small: LoadResult, growthTarget: number): void {
  result.p99SmallMs = small.p99Ms;
  result.p99Growth = round(result.p99Ms! / Math.max(small.p99Ms, 1), 2);
  if (result.p99Growth > growthTarget) {
    result.missed = [...(result.missed ?? []), `p99 growth ${result.p99Growth} > ${growthTarget}`];
    result.pass = false;
  }
}

const fmt = (value: number | null | undefined, digits = 0) => (value === null || value === undefined ? '—' : value.toFixed(digits));

export function renderTable(results: ScenarioResult[]): string {
  const header = ['#', 'scenario', 'req/s', 'p50 ms', 'p99 ms', 'p99 light', '×raw', 'raw req/s', '×raw CPU', 'RSS MB', 'p99 1/100', 'growth', 'targets', 'pass'];
  const rows = results.map((r) =>
    r.pending
      ? [r.id, r.name, '—', '—', '—', '—', '—', '—', '—', '—', '—', '—', `pending: ${r.pending}`, '—']
      : [
          r.id,
          r.name,
          fmt(r.rps) + (r.pagesPerSec !== undefined ? ` (${fmt(r.pagesPerSec)} pages/s)` : ''),
          fmt(r.p50Ms),
          fmt(r.p99Ms),
          fmt(r.p99LightMs),
          fmt(r.ratioToRaw, 2),
          fmt(r.rawRps),
          fmt(r.cpuRatioToRaw, 2),
          fmt(r.rssMb),
          fmt(r.p99SmallMs),
          fmt(r.p99Growth, 2),
          r.target,
          r.pass === null ? '—' : r.pass ? 'PASS' : `MISS (${r.missed?.join('; ')})`,
        ],
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (i === header.length - 1 ? 4 : row[i].length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join(' | ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/** A Markdown table of the same figures, for docs/performance.md. */
export function renderMarkdown(results: ScenarioResult[]): string {
  const header = '| # | scenario | req/s | p50 ms | p99 ms | p99 light | ×raw | raw req/s | ×raw CPU | RSS MB | p99 at 1/100 | growth | targets | result |';
  const sep = '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|';
  const rows = results.map((r) =>
    r.pending
      ? `| ${r.id} | ${r.name} | — | — | — | — | — | — | — | — | — | — | pending: ${r.pending} | — |`
      : `| ${r.id} | ${r.name} | ${fmt(r.rps)}${r.pagesPerSec !== undefined ? ` (${fmt(r.pagesPerSec)} pages/s)` : ''} | ${fmt(r.p50Ms)} | ${fmt(r.p99Ms)} | ${fmt(r.p99LightMs)} | ${fmt(r.ratioToRaw, 2)} | ${fmt(r.rawRps)} | ${fmt(r.cpuRatioToRaw, 2)} | ${fmt(r.rssMb)} | ${fmt(r.p99SmallMs)} | ${fmt(r.p99Growth, 2)} | ${r.target} | ${r.pass === null ? '—' : r.pass ? 'pass' : `miss: ${r.missed?.join('; ')}`} |`,
  );
  return [header, sep, ...rows].join('\n');
}

export function writeResults(path: string, results: ScenarioResult[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(results, null, 2) + '\n');
}
