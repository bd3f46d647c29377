import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ApiProcess, sleep } from './api-process.js';

// The API as a child process on an embedded PostgreSQL of its own; the postmaster is killed with SIGKILL under requests.
let api: ApiProcess;
let token: string;

beforeAll(async () => {
  api = await ApiProcess.create('db-outage');
  await api.start();
  token = await api.adminToken();
}, 90_000);
afterAll(() => api?.dispose(), 30_000);

interface Answer {
  status: number;
  retryAfter?: string | null;
  body: { statusCode?: number; message?: string };
}

async function call(path: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(`${api.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
    signal: AbortSignal.timeout(15_000),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json().catch(() => ({}))) as Answer['body'] };
}

const createOrganisation = (n: number) =>
  call('/api/organisations', { method: 'POST', headers: { 'accept-language': 'en' }, body: JSON.stringify({ name: `Collectif panne ${n}`, kind: 'association' }) });

describe('the embedded PostgreSQL started by the API', () => {
  it('is used by the API as the application role aic_app, whose generated password only the owner of the data dir reads', async () => {
    expect((await call('/api/organisations')).status).toBe(200);
    const users = await api.withOwner(async (db) => {
      const { rows } = await db.query(`SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = 'aic' AND backend_type = 'client backend' AND pid <> pg_backend_pid()`);
      return rows.map((r) => r.usename);
    });
    expect(users).toEqual(['aic_app']);
    expect(statSync(join(api.dataDir, 'app-db-password')).mode & 0o777).toBe(0o600);
  });
});

describe('the embedded PostgreSQL killed (kill -9 of the postmaster)', () => {
  it('answers 503 with a clear message in the asked language meanwhile (never 500), logs a bounded number of lines, and recovers by itself', async () => {
    expect((await call('/api/organisations')).status).toBe(200);
    const before = api.postmasterPid();
    const linesBefore = api.output.length;
    process.kill(before, 'SIGKILL');
    const killedAt = Date.now();

    const answers: Array<Answer & { path: string }> = [];
    let recoveredAt: number | null = null;
    let n = 0;
    // Three clients: a list, a create, the health check, until the health check is 200 again (30 s at most).
    const client = async (request: () => Promise<Answer>, path: string) => {
      while (recoveredAt === null && Date.now() - killedAt < 30_000) {
        const answer = await request().catch((error: Error) => ({ status: 0, body: { message: error.message } }));
        answers.push({ ...answer, path });
        if (path === '/api/health' && answer.status === 200 && answers.some((a) => a.path === path && a.status === 503)) recoveredAt = Date.now();
        await sleep(20);
      }
    };
    await Promise.all([
      client(() => call('/api/organisations'), '/api/organisations'),
      client(() => createOrganisation(++n), 'POST /api/organisations'),
      client(() => call('/api/health'), '/api/health'),
    ]);

    const down = answers.filter((a) => a.status === 503);
    const statuses = [...new Set(answers.map((a) => `${a.path} ${a.status}`))].sort();
    console.log(`outage: ${answers.length} requests, ${down.length} × 503, recovered in ${recoveredAt === null ? 'never' : recoveredAt - killedAt} ms; ${statuses.join(', ')}`);
    expect(answers.filter((a) => a.status !== 503 && a.status !== 200 && a.status !== 201)).toEqual([]);
    expect(down.some((a) => a.path === '/api/health')).toBe(true);
    expect(down.some((a) => a.path === '/api/organisations')).toBe(true);
    expect(down.filter((a) => a.path !== '/api/health' && a.retryAfter !== '5')).toEqual([]);
    for (const answer of down.filter((a) => a.path === '/api/organisations')) {
      expect(answer.body).toEqual({ statusCode: 503, message: 'Base de données momentanément indisponible : réessayez dans quelques instants' });
    }
    for (const answer of down.filter((a) => a.path === 'POST /api/organisations')) {
      expect(answer.body).toEqual({ statusCode: 503, message: 'Database temporarily unavailable: please retry in a moment' });
    }
    expect(recoveredAt).not.toBeNull();
    expect(recoveredAt! - killedAt).toBeLessThan(30_000);

    // Back to normal: the pool reconnected to the restarted server.
    expect(api.postmasterPid()).not.toBe(before);
    expect((await call('/api/organisations')).status).toBe(200);
    expect((await createOrganisation(0)).status).toBe(201);

    // Logs: a few lines for the whole outage, not one (or two stack traces) per request.
    await sleep(200);
    const lines = api.output.slice(linesBefore).filter((l) => l.trim() !== '');
    console.log(`log lines during the outage: ${lines.length}\n${lines.join('\n')}`);
    expect(down.length).toBeGreaterThan(10);
    expect(lines.length).toBeLessThanOrEqual(8);
    expect(lines.filter((l) => /"stack"|\n\s+at |^\s+at /.test(l))).toEqual([]);
  }, 60_000);
});
