import autocannon from 'autocannon';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/** autocannon checks whether a run is over only when it samples (every second by default): a 0.5 s run then lasts 1 s. */
export const SAMPLE_MS = 100;

/** One request the scenario sends, and what its answer must be. */
export interface Variant {
  method: 'GET' | 'POST';
  path: string;
  body?: object;
  token: string;
  expect: Expectation;
}

export interface Expectation {
  status: number;
  /** Exact `Content-Range` header of a list. */
  contentRange?: string;
  /** Whether the list says its total is a lower bound (`X-Total-Capped: true`). */
  totalCapped?: boolean;
  /** Checks the parsed body; returns an error message, or null when right. */
  body?: (body: unknown) => string | null;
}

export interface LoadOptions {
  connections: number;
  duration: number;
  warmup: number;
  /** Parse and check one body in `sampleEvery` (headers and status are checked on every answer). */
  sampleEvery: number;
  /** Pids whose VmRSS is summed and sampled every 200 ms during the run. */
  pids: number[];
  /** The benchmark's own processes (server, PostgreSQL, this one), to tell other load on the machine apart. */
  ownPids?: () => number[];
}

export interface LoadResult {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  /** Answers checked, warm-up included. */
  answered: number;
  errors: number;
  wrong: number;
  wrongSamples: string[];
  rssMb: number;
  /** CPU used by processes other than the benchmark's during the run, in % of the machine (noise). */
  otherCpuPct: number;
  /** CPU time per request of the API processes, and of everything this run started (API, PostgreSQL, load generator), in ms: less disturbed than req/s by other work on the machine. */
  cpuMsPerRequest?: { api: number; all: number; loadGenerator: number; postgres: number };
  /** Bodies of the answers, when `collect` asked for them (write path). */
  collected: unknown[];
}

const perRequest = (cpuSeconds: number, requests: number) => (requests ? (1000 * cpuSeconds) / requests : 0);

const header = (headers: Record<string, string | string[]>, name: string): string | undefined => {
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return Array.isArray(value) ? value[0] : value;
  return undefined;
};

/** Checks one answer against its variant's expectation; null when right. */
/** The answer's headers that the checks read. */
export interface CheckedHeaders {
  contentRange: string | undefined;
  totalCapped: string | undefined;
}

export function checkAnswer(variant: Variant, status: number, headers: CheckedHeaders, body: string | null): string | null {
  const { expect } = variant;
  if (status !== expect.status) return `${variant.method} ${variant.path}: status ${status}, expected ${expect.status}${body ? ` (${body.slice(0, 200)})` : ''}`;
  if (expect.contentRange !== undefined && headers.contentRange !== expect.contentRange) {
    return `${variant.method} ${variant.path}: Content-Range "${headers.contentRange}", expected "${expect.contentRange}"`;
  }
  if (expect.totalCapped !== undefined && (headers.totalCapped === 'true') !== expect.totalCapped) {
    return `${variant.method} ${variant.path}: X-Total-Capped "${headers.totalCapped ?? ''}", expected ${expect.totalCapped ? '"true"' : 'none'}`;
  }
  if (body !== null && expect.body) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return `${variant.method} ${variant.path}: body is not JSON`;
    }
    const problem = expect.body(parsed);
    if (problem) return `${variant.method} ${variant.path}: ${problem}`;
  }
  return null;
}

const TICKS = 100; // USER_HZ

/** Busy CPU time of the whole machine, in seconds. */
export function machineBusy(): number {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS;
}

/** CPU time (user + system) of each of these processes, in seconds. */
export function cpuByProcess(pids: number[]): Map<number, number> {
  const seconds = new Map<number, number>();
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      seconds.set(pid, (Number(fields[11]) + Number(fields[12])) / TICKS);
    } catch {
      // the process is gone
    }
  }
  return seconds;
}

/** CPU time (user + system) of these processes, in seconds. */
export function processCpu(pids: number[]): number {
  let total = 0;
  for (const seconds of cpuByProcess(pids).values()) total += seconds;
  return total;
}

/**
 * CPU time the processes used since `before`, process by process: one that started since counts whole, one that
 * ended is left out (a database connection closed by its pool when idle took its earlier time with it, which a
 * difference of sums would have subtracted from the others').
 */
export function cpuSince(before: Map<number, number>, pids: number[]): number {
  let total = 0;
  for (const [pid, seconds] of cpuByProcess(pids)) total += seconds - (before.get(pid) ?? 0);
  return total;
}

export function rssMb(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) kb += Number(match[1]);
    } catch {
      // the process is gone
    }
  }
  return kb / 1024;
}

/**
 * Loads `baseUrl` with autocannon for `warmup` then `duration` seconds, rotating through the variants
 * (each connection takes the next one). Every answer's status and Content-Range are checked; one body in
 * `sampleEvery` is parsed and checked too. The variant of an answer is found through the X-Request-Id it echoes.
 */
export async function runLoad(baseUrl: string, variants: Variant[], options: LoadOptions, collect = false): Promise<LoadResult> {
  if (variants.length === 0) throw new Error('no variant to load');
  let next = 0;
  let answered = 0;
  let wrong = 0;
  const wrongSamples: string[] = [];
  const collected: unknown[] = [];
  const request: autocannon.Request = {
    setupRequest: (req) => {
      const index = next++ % variants.length;
      const v = variants[index];
      req.method = v.method;
      req.path = v.path;
      req.headers = {
        authorization: `Bearer ${v.token}`,
        'x-request-id': `bench-${index}-${next}`,
        ...(v.body ? { 'content-type': 'application/json' } : {}),
      };
      req.body = v.body ? JSON.stringify(v.body) : undefined;
      return req;
    },
    onResponse: (status, body, _context, headers) => {
      const id = header(headers, 'x-request-id') ?? '';
      const variant = variants[Number(id.split('-')[1])];
      answered++;
      const problem = variant
        ? checkAnswer(
            variant,
            status,
            { contentRange: header(headers, 'content-range'), totalCapped: header(headers, 'x-total-capped') },
            collect || answered % options.sampleEvery === 0 ? body : null,
          )
        : `answer without a known X-Request-Id (${id})`;
      if (problem) {
        wrong++;
        if (wrongSamples.length < 5) wrongSamples.push(problem);
      } else if (collect) {
        collected.push(JSON.parse(body));
      }
    },
  };
  const common = { url: baseUrl, connections: options.connections, pipelining: 1, timeout: 10, sampleInt: SAMPLE_MS, requests: [request] };
  // Warm-up answers are checked (and collected) too; only the measured run's speed is reported.
  if (options.warmup > 0) await autocannon({ ...common, duration: options.warmup });
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(options.pids))), 200);
  peak = rssMb(options.pids);
  const own0 = options.ownPids ? cpuByProcess(options.ownPids()) : null;
  const api0 = processCpu(options.pids);
  const self0 = processCpu([process.pid]);
  const busy0 = machineBusy();
  const t0 = Date.now();
  let result: autocannon.Result;
  try {
    result = await autocannon({ ...common, duration: options.duration });
  } finally {
    clearInterval(sampler);
  }
  const own = options.ownPids && own0 ? cpuSince(own0, options.ownPids()) : 0;
  const apiCpu = processCpu(options.pids) - api0;
  const selfCpu = processCpu([process.pid]) - self0;
  const other = options.ownPids ? machineBusy() - busy0 - own : 0;
  const otherCpuPct = Math.max(0, Math.round((100 * other) / (((Date.now() - t0) / 1000) * cpus().length)));
  peak = Math.max(peak, rssMb(options.pids));
  const requests = result.requests.total;
  return {
    rps: requests / (result.duration > 0 ? result.duration : options.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests,
    answered,
    errors: result.errors + result.timeouts,
    wrong,
    wrongSamples,
    rssMb: Math.round(peak),
    otherCpuPct,
    // This process is the load generator (autocannon and the answers' checks); the rest of its descendants are the servers and PostgreSQL.
    cpuMsPerRequest: {
      api: perRequest(apiCpu, requests),
      all: perRequest(own, requests),
      loadGenerator: perRequest(selfCpu, requests),
      postgres: options.ownPids ? perRequest(own - apiCpu - selfCpu, requests) : 0,
    },
    collected,
  };
}

/** A process and all its descendants (PostgreSQL's postmaster and backends). */
export function withDescendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone
    }
  }
  const all: number[] = [];
  const walk = (pid: number) => {
    all.push(pid);
    for (const child of children.get(pid) ?? []) walk(child);
  };
  walk(root);
  return all;
}
