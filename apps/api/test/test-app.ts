import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Panel, Role } from '@aic/domain';
import pg from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import { hashPassword } from '../src/platform/auth/password-hasher.js';
import { type AppConfig, loadConfig } from '../src/config.js';
import { enableAppRoleLogin, runMigrations } from '../src/database/prepare-database.js';

const TEMPLATE = 'aic_template';
/** Password of the application role `aic_app` on the tests' server (local, throw-away). */
const APP_ROLE_PASSWORD = 'aic-app-test';

function serverUrl(database: string): string {
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own for each test file, cloned from a template migrated once per run (as the owner, as
 * `prepareDatabase` does). Returns the owner's URL and the application role's, which the API under test uses.
 */
export async function freshDatabase(): Promise<{ ownerUrl: string; appUrl: string }> {
  await admin(async (client) => {
    await client.query('SELECT pg_advisory_lock(4242)');
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
      if (rowCount === 0) {
        await client.query(`CREATE DATABASE ${TEMPLATE}`);
        await runMigrations(serverUrl(TEMPLATE), () => {});
        await enableAppRoleLogin(serverUrl(TEMPLATE), APP_ROLE_PASSWORD);
        // Nobody connects to the template any more, autovacuum included: CREATE DATABASE waits for every session on
        // its template to end (~0.6 s a test file while autovacuum visited the fresh tables).
        await client.query(`ALTER DATABASE ${TEMPLATE} WITH ALLOW_CONNECTIONS false`);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(4242)');
    }
  });
  const name = `test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`));
  const ownerUrl = serverUrl(name);
  const appUrl = new URL(ownerUrl);
  appUrl.username = 'aic_app';
  appUrl.password = APP_ROLE_PASSWORD;
  return { ownerUrl, appUrl: appUrl.toString() };
}

export interface TestApp {
  app: INestApplication;
  http: ReturnType<INestApplication['getHttpServer']>;
  /** The API's own DataSource: connected as the application role `aic_app`, as in production. */
  dataSource: DataSource;
  databaseUrl: string;
  /** A query as the tables' owner, for what the application role may not do (triggers made to fail a test…). */
  asOwner(sql: string, parameters?: unknown[]): Promise<pg.QueryResult>;
  close(): Promise<void>;
}

export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const { ownerUrl, appUrl: databaseUrl } = await freshDatabase();
  // Documents' files of a test go to a throw-away directory, not the repository's .data/files.
  const filesDir = overrides.filesDir ? null : mkdtempSync(join(tmpdir(), 'aic-test-files-'));
  const config: AppConfig = { ...loadConfig({ LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent' }), demo: false, jobs: false, adminDistDir: '/nonexistent', ...(filesDir ? { filesDir } : {}), ...overrides };
  const app = await createApp(config, databaseUrl);
  const owner = new pg.Pool({ connectionString: ownerUrl, max: 1 });
  await app.init();
  // Fastify loads its plugins (helmet, static files…) at `ready`, which `listen` would otherwise call.
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    http: app.getHttpServer(),
    dataSource: app.get(DataSource),
    databaseUrl,
    asOwner: (sql, parameters) => owner.query(sql, parameters),
    close: async () => {
      await app.close();
      await owner.end();
      if (filesDir) rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

export const TEST_PASSWORD = 'correct-horse-battery';

/** Inserts an account directly (not through the API under test) and returns its id. */
export async function createAccount(dataSource: DataSource, email: string, roles: Role[], options: { active?: boolean; panel?: Panel } = {}): Promise<number> {
  // An evaluator's account says which panel they sit on (a database check): the jury unless told.
  const panel = roles.includes('evaluator') ? (options.panel ?? 'jury') : null;
  const [row] = await dataSource.query(
    `INSERT INTO users (email, full_name, password_hash, roles, active, panel) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [email, `Test ${email}`, await hashPassword(TEST_PASSWORD), roles, options.active ?? true, panel],
  );
  return row.id;
}

export async function login(http: TestApp['http'], email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await request(http).post('/api/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token;
}

/** One account per role, logged in: `tokens.admin`, `tokens.programme_lead`… */
export async function accountsByRole(t: TestApp, prefix: string): Promise<{ ids: Record<Role, number>; tokens: Record<Role, string> }> {
  const roles: Role[] = ['admin', 'programme_lead', 'acceleration_manager', 'referent'];
  const ids = {} as Record<Role, number>;
  const tokens = {} as Record<Role, string>;
  for (const role of roles) {
    const email = `${prefix}.${role}@test.aic`;
    ids[role] = await createAccount(t.dataSource, email, [role]);
    tokens[role] = await login(t.http, email);
  }
  return { ids, tokens };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
