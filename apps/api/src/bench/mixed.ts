// The mixed load of issue 13: reads and writes together for a minute, at the benchmark's connections, on one API
// process started for it. Pass: no connection error, no timeout, no 5xx, no status other than the expected ones
// (a 409 only for an update based on a stale version), and a memory that stops growing.
import autocannon from 'autocannon';
import { cpus } from 'node:os';
import { SAMPLE_MS, checkAnswer, cpuByProcess, cpuSince, machineBusy, rssMb, type Variant, withDescendants } from './load.js';

export interface MixedOptions {
  connections: number;
  duration: number;
  warmup: number;
  /** The API's pids, for its RSS. */
  pids: () => number[];
}

export interface MixedTarget {
  /** Laureates to create actions for. */
  laureateIds: number[];
  token: string;
}

export interface MixedResult {
  requests: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  statusCounts: Record<string, number>;
  /** Connection errors and timeouts. */
  errors: number;
  /** Answers with a status or body they should not have (5xx included), and a few of them. */
  wrong: number;
  wrongSamples: string[];
  /** Updates refused because another connection changed the record first: expected. */
  conflicts: number;
  creates: number;
  updates: number;
  /** RSS of the API in MB, one sample a second from the start of the measured run. */
  rssSeriesMb: number[];
  rssStartMb: number;
  rssMiddleMb: number;
  rssEndMb: number;
  rssMaxMb: number;
  /** CPU used by processes other than the benchmark's during the run, in % of the machine: above 10, figures are disturbed. */
  otherCpuPct: number;
  /** Ids of the actions answered 201, to check they are in the database. */
  createdIds: number[];
  /** Ids of the actions the updates edit (created before the run). */
  editedIds: number[];
}

/** In every 10 requests: 7 reads, 1 create, 2 updates. */
const CYCLE = ['read', 'read', 'update', 'read', 'read', 'create', 'read', 'read', 'update', 'read'] as const;
/** Actions that the updates share: few enough for concurrent edits of the same one (409s), as in real use. */
const EDITED = 20;

/**
 * Reads whose answers the writes change (actions lists, alerts, the briefing packs' action counts) are checked for
 * status and shape only; the others exactly.
 */
function readCheck(variant: Variant): Variant {
  if (/^\/api\/committees\/\d+\/briefing$/.test(variant.path)) {
    return { ...variant, expect: { status: 200, body: (b) => (Array.isArray((b as { items?: unknown }).items) ? null : 'no items') } };
  }
  if (variant.path === '/api/alerts/count') {
    return { ...variant, expect: { status: 200, body: (b) => (Number.isInteger((b as { count?: unknown }).count) ? null : 'no count') } };
  }
  if (!/^\/api\/(actions\?|alerts$)/.test(variant.path)) return variant;
  return { ...variant, expect: { status: 200, body: (b) => (Array.isArray(b) ? null : 'body is not an array') } };
}

export async function runMixedLoad(baseUrl: string, readVariants: Variant[], target: MixedTarget, options: MixedOptions): Promise<MixedResult> {
  const reads = readVariants.map(readCheck);
  const auth = { authorization: `Bearer ${target.token}`, 'content-type': 'application/json' };
  const newAction = (k: number) => ({
    laureateId: target.laureateIds[k % target.laureateIds.length],
    axis: 'deploy',
    supportType: 'networking',
    title: `Action du banc d'essai mixte n° ${k}`,
    status: 'planned',
    dueOn: '2030-01-15',
  });
  // The actions that the updates edit, created first; each connection sends the version it last saw.
  const versions = new Map<number, number>();
  for (let k = 0; k < EDITED; k++) {
    const res = await fetch(`${baseUrl}/api/actions`, { method: 'POST', headers: auth, body: JSON.stringify(newAction(k)) });
    const body = (await res.json()) as { id: number; version: number };
    if (res.status !== 201) throw new Error(`mixed load: creating the edited actions answered ${res.status} ${JSON.stringify(body)}`);
    versions.set(body.id, body.version);
  }
  const edited = [...versions.keys()];

  let sent = 0;
  let readsSent = 0;
  let measuring = false;
  const statusCounts: Record<string, number> = {};
  const wrongSamples: string[] = [];
  const createdIds: number[] = [];
  let wrong = 0;
  let conflicts = 0;
  let creates = 0;
  let updates = 0;
  const problem = (message: string) => {
    wrong++;
    if (wrongSamples.length < 5) wrongSamples.push(message);
  };
  const request: autocannon.Request = {
    setupRequest: (req) => {
      const n = sent++;
      const kind = CYCLE[n % CYCLE.length];
      // The answer finds its request through the id it echoes: kind, sequence number, read variant or edited action.
      let ref = 0;
      let body: string | undefined;
      if (kind === 'read') {
        ref = readsSent++ % reads.length;
        req.method = 'GET';
        req.path = reads[ref].path;
      } else if (kind === 'create') {
        req.method = 'POST';
        req.path = '/api/actions';
        body = JSON.stringify(newAction(n));
      } else {
        ref = edited[n % edited.length];
        req.method = 'PUT';
        req.path = `/api/actions/${ref}`;
        body = JSON.stringify({ title: `Action modifiée sous charge n° ${n}`, status: n % 4 === 0 ? 'in_progress' : 'planned', version: versions.get(ref) });
      }
      const token = kind === 'read' ? reads[ref].token : target.token;
      req.headers = { authorization: `Bearer ${token}`, 'x-request-id': `mixed-${kind}-${n}-${ref}`, ...(body ? { 'content-type': 'application/json' } : {}) };
      req.body = body;
      return req;
    },
    onResponse: (status, body, _context, headers) => {
      const header = (name: string) => {
        const value = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
        return Array.isArray(value) ? value[0] : value;
      };
      const [, kind, n, refText] = (header('x-request-id') ?? '').split('-');
      const ref = Number(refText);
      if (measuring) statusCounts[status] = (statusCounts[status] ?? 0) + 1;
      if (kind === 'read') {
        // Every status and header is checked, one body in ten.
        const wrongAnswer = checkAnswer(reads[ref], status, { contentRange: header('content-range'), totalCapped: header('x-total-capped') }, Number(n) % 10 === 0 ? body : null);
        if (wrongAnswer) problem(wrongAnswer);
      } else if (kind === 'create') {
        if (measuring) creates++;
        if (status !== 201) return problem(`POST /api/actions: ${status} ${body.slice(0, 200)}`);
        createdIds.push((JSON.parse(body) as { id: number }).id);
      } else if (kind === 'update') {
        if (measuring) updates++;
        if (status === 200) {
          const answer = JSON.parse(body) as { id?: number; version?: number };
          if (answer.id !== ref || !Number.isInteger(answer.version)) return problem(`PUT /api/actions/${ref}: ${body.slice(0, 200)}`);
          versions.set(ref, Math.max(versions.get(ref) ?? 0, answer.version!));
        } else if (status === 409) {
          if (measuring) conflicts++;
          // The user reloads the record: the next edit starts from its current version.
          const answer = JSON.parse(body) as { currentVersion?: number };
          versions.set(ref, Number.isInteger(answer.currentVersion) ? Math.max(versions.get(ref) ?? 0, answer.currentVersion!) : (versions.get(ref) ?? 1) + 1);
        } else {
          problem(`PUT /api/actions/${ref}: ${status} ${body.slice(0, 200)}`);
        }
      } else {
        problem(`answer without a known X-Request-Id (${header('x-request-id')})`);
      }
    },
  };
  const common = { url: baseUrl, connections: options.connections, pipelining: 1, timeout: 10, sampleInt: SAMPLE_MS, requests: [request] };
  if (options.warmup > 0) await autocannon({ ...common, duration: options.warmup });
  measuring = true;
  const rssSeriesMb = [Math.round(rssMb(options.pids()))];
  const sampler = setInterval(() => rssSeriesMb.push(Math.round(rssMb(options.pids()))), 1000);
  const own0 = cpuByProcess(withDescendants(process.pid));
  const busy0 = machineBusy();
  const t0 = Date.now();
  let result: autocannon.Result;
  try {
    result = await autocannon({ ...common, duration: options.duration });
  } finally {
    clearInterval(sampler);
  }
  const other = machineBusy() - busy0 - cpuSince(own0, withDescendants(process.pid));
  const otherCpuPct = Math.max(0, Math.round((100 * other) / (((Date.now() - t0) / 1000) * cpus().length)));
  rssSeriesMb.push(Math.round(rssMb(options.pids())));
  const requests = result.requests.total;
  return {
    requests,
    rps: requests / (result.duration > 0 ? result.duration : options.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statusCounts,
    errors: result.errors + result.timeouts,
    wrong,
    wrongSamples,
    conflicts,
    creates,
    updates,
    rssSeriesMb,
    rssStartMb: rssSeriesMb[0],
    rssMiddleMb: rssSeriesMb[Math.floor(rssSeriesMb.length / 2)],
    rssEndMb: rssSeriesMb[rssSeriesMb.length - 1],
    rssMaxMb: Math.max(...rssSeriesMb),
    otherCpuPct,
    createdIds,
    editedIds: edited,
  };
}

/**
 * Memory is stable when the second half of the run does not keep growing: the end is within 10 % (and 20 MB) of the
 * middle. The first half holds the JIT and pool warm-up, whatever the warm-up run left.
 */
export function memoryStable(result: Pick<MixedResult, 'rssMiddleMb' | 'rssEndMb'>): boolean {
  return result.rssEndMb - result.rssMiddleMb <= Math.max(20, 0.1 * result.rssMiddleMb);
}
