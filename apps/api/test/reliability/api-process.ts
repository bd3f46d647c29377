import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { hashPassword } from '../../src/platform/auth/password-hasher.js';
import { scratchDir } from '../scratch-dir.mjs';

const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');
const MAIN = join(REPO_ROOT, 'apps/api/dist/main.js');

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
    server.on('error', fail);
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The API as `npm start` runs it (`node apps/api/dist/main.js`, built beforehand) on a data directory and ports of
 * its own: its own embedded PostgreSQL, never the tests' shared server. Output lines are kept for assertions.
 */
export class ApiProcess {
  readonly output: string[] = [];
  private child: ChildProcess | null = null;
  private exited: Promise<number | null> = Promise.resolve(null);
  /** Environment added at the next start (an external DATABASE_URL…). */
  env: Record<string, string> = {};
  /** Set when the API runs on an external server: the owner's URL there. */
  externalOwnerUrl: string | null = null;

  private constructor(readonly dataDir: string, readonly port: number, readonly pgPort: number) {}

  static async create(name: string): Promise<ApiProcess> {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first`);
    return new ApiProcess(scratchDir(name), await freePort(), await freePort());
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The tables' owner on this API's embedded cluster (for checks made behind the API's back). */
  get ownerUrl(): string {
    if (this.externalOwnerUrl) return this.externalOwnerUrl;
    return `postgres://aic:aic-embedded@127.0.0.1:${this.pgPort}/aic`;
  }

  async start(timeoutMs = 60_000): Promise<void> {
    const child = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        PORT: String(this.port),
        AIC_DATA_DIR: this.dataDir,
        AIC_PG_PORT: String(this.pgPort),
        AIC_DEMO: 'false',
        AIC_ADMIN_DIST: '/nonexistent',
        LOG_LEVEL: 'warn',
        DATABASE_URL: '',
        DATABASE_OWNER_URL: '',
        ...this.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((ok) => child.once('exit', (code) => ok(code)));
    for (const stream of [child.stdout!, child.stderr!]) {
      let rest = '';
      stream.on('data', (chunk: Buffer) => {
        const lines = (rest + chunk.toString('utf8')).split('\n');
        rest = lines.pop()!;
        this.output.push(...lines);
      });
    }
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`API exited with ${child.exitCode}:\n${this.output.join('\n')}`);
      if ((await this.health().catch(() => 0)) === 200) return;
      await sleep(200);
    }
    throw new Error(`API not healthy after ${timeoutMs} ms:\n${this.output.join('\n')}`);
  }

  async health(): Promise<number> {
    const res = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(10_000) });
    await res.arrayBuffer();
    return res.status;
  }

  /** `kill -9` of the API process itself (its PostgreSQL lives on as an orphan until the next start recovers it). */
  get running(): boolean {
    return this.child !== null && this.child.exitCode === null && this.child.signalCode === null;
  }

  async kill9(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
    this.child = null;
  }

  /** The embedded postmaster's pid, from its data directory. */
  postmasterPid(): number {
    return Number(readFileSync(join(this.dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
  }

  /** Stops the API (SIGTERM: it stops its PostgreSQL). */
  async stop(): Promise<void> {
    if (!this.child) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(timer);
    this.child = null;
  }

  /** Stops the API (SIGTERM: it stops its PostgreSQL) and removes the data directory. */
  async dispose(): Promise<void> {
    if (this.child) {
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child?.kill('SIGKILL'), 15_000);
      await this.exited;
      clearTimeout(timer);
    }
    // A postmaster orphaned by a kill -9 of the API with no restart after it.
    try {
      process.kill(this.postmasterPid(), 'SIGKILL');
    } catch {
      // none left
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }

  async withOwner<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.ownerUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  /** An account inserted directly as the owner, then logged in through the API: its bearer token. */
  async adminToken(email = 'reliability.admin@test.aic', password = 'correct-horse-battery'): Promise<string> {
    const hash = await hashPassword(password);
    await this.withOwner((c) =>
      c.query(`INSERT INTO users (email, full_name, password_hash, roles) VALUES ($1, 'Reliability Admin', $2, '{admin,programme_lead}') ON CONFLICT ((aic_name_key(email))) DO NOTHING`, [email, hash]),
    );
    const res = await fetch(`${this.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
    const body = (await res.json()) as { token?: string };
    if (res.status !== 200 || !body.token) throw new Error(`login failed: ${res.status} ${JSON.stringify(body)}`);
    return body.token;
  }
}
