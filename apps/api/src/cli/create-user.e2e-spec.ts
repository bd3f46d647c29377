import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import request from 'supertest';
import { type AppConfig, loadConfig } from '../config.js';
import { startSmtpServer, type TestSmtpServer } from '../../test/smtp-server.js';
import { freshDatabase, login, startTestApp, type TestApp } from '../../test/test-app.js';
import { CLI_ACTOR, createUserAccount } from './create-user-account.js';

/**
 * `npm run user:create`: with a password as before, or without one (--invite), the account invited by the admin
 * screen's service: through SMTP when configured (sent by the API's jobs), else kept in the outbox with its link
 * printed for the operator.
 */
const PUBLIC_URL = 'https://aic.example.gouv.fr';
const LINK = /https:\/\/aic\.example\.gouv\.fr\/#\/set-password\?token=([A-Za-z0-9_-]{43})/;
let smtp: TestSmtpServer;
let t: TestApp;
let config: AppConfig;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ smtpUrl: smtp.url, jobs: true, publicUrl: PUBLIC_URL, mailPollingSeconds: 0.5 });
  config = { ...loadConfig({ LOG_LEVEL: 'silent' }), publicUrl: PUBLIC_URL, smtpUrl: smtp.url };
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const userRow = async (email: string) =>
  (await t.dataSource.query(`SELECT id, password_hash, roles FROM users WHERE email = $1`, [email]))[0];

describe('createUserAccount (the CLI user:create)', () => {
  it('without a password and without SMTP: invites through the outbox and returns the link, which sets the password', async () => {
    const created = await createUserAccount(t.dataSource, { ...config, smtpUrl: null }, { email: 'cli.outbox@test.aic', fullName: 'Camille Terminal', roles: ['admin', 'admin'], password: null });
    expect(created?.invitation).toEqual({ status: 'outbox', link: expect.stringMatching(LINK) });
    const user = await userRow('cli.outbox@test.aic');
    expect(user).toMatchObject({ id: created!.id, password_hash: null, roles: ['admin'] });
    const [message] = await t.dataSource.query(`SELECT kind, status, recipient FROM mail_messages WHERE user_id = $1`, [user.id]);
    expect(message).toEqual({ kind: 'invitation', status: 'outbox', recipient: 'cli.outbox@test.aic' });
    const [event] = await t.dataSource.query(`SELECT actor_id, actor_email, action, changes FROM audit_events WHERE resource = 'users' AND record_id = $1`, [String(user.id)]);
    expect(event).toEqual({ actor_id: null, actor_email: CLI_ACTOR, action: 'create', changes: { email: { before: null, after: 'cli.outbox@test.aic' }, roles: { before: null, after: ['admin'] } } });

    const token = (created!.invitation as { link: string }).link.match(LINK)![1];
    const used = await request(t.http).post('/api/auth/password-token/use').send({ token, password: 'un-mot-de-passe-choisi' });
    expect(used.status).toBe(204);
    expect(await login(t.http, 'cli.outbox@test.aic', 'un-mot-de-passe-choisi')).toBeTruthy();
  });

  it('without a password, with SMTP: queues the invitation, which the API running the jobs sends', async () => {
    const before = smtp.received.length;
    const created = await createUserAccount(t.dataSource, config, { email: 'cli.smtp@test.aic', fullName: 'Dominique Terminal', roles: ['programme_lead'], password: null });
    expect(created?.invitation).toEqual({ status: 'queued' });
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail.to).toBe('cli.smtp@test.aic');
    expect(mail.text).toContain('Bonjour Dominique Terminal,');
    expect(mail.text).toMatch(LINK);
    expect((await userRow('cli.smtp@test.aic')).password_hash).toBeNull();
  });

  it('with a password: no invitation; an existing e-mail (any case) writes nothing', async () => {
    const created = await createUserAccount(t.dataSource, config, { email: 'cli.password@test.aic', fullName: 'Alix Terminal', roles: ['referent'], password: 'un-mot-de-passe-donne' });
    expect(created).toEqual({ id: expect.any(Number), invitation: null });
    expect(await login(t.http, 'cli.password@test.aic', 'un-mot-de-passe-donne')).toBeTruthy();
    const counts = async () => (await t.dataSource.query(`SELECT (SELECT count(*) FROM users)::int AS users, (SELECT count(*) FROM mail_messages)::int AS mails, (SELECT count(*) FROM audit_events)::int AS events`))[0];
    const before = await counts();
    expect(await createUserAccount(t.dataSource, config, { email: 'CLI.Password@test.aic', fullName: 'Autre', roles: ['admin'], password: null })).toBeNull();
    expect(await counts()).toEqual(before);
  });
});

describe('npm run user:create (the built CLI)', () => {
  const cli = join(resolve(fileURLToPath(new URL('.', import.meta.url)), '../..'), 'dist/cli/create-user.js');
  let database: { ownerUrl: string; appUrl: string };
  beforeAll(async () => {
    if (!existsSync(cli)) throw new Error(`${cli} is missing: run npm run build first`);
    database = await freshDatabase();
  });

  const run = (args: string[], env: Record<string, string> = {}) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((ok) => {
      const base: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: database.appUrl, DATABASE_OWNER_URL: database.ownerUrl, PUBLIC_URL, SMTP_URL: '', LOG_LEVEL: 'silent' };
      delete base.AIC_NEW_USER_PASSWORD;
      execFile(process.execPath, [cli, ...args], { env: { ...base, ...env }, timeout: 30_000 }, (error, stdout, stderr) =>
        ok({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      );
    });

  it('--invite creates the first admin without a password and prints the outbox link; --invite with a password is refused', async () => {
    const args = ['--email', 'Premier.Admin@test.aic', '--name', 'Premier Admin', '--role', 'admin', '--invite'];
    const refused = await run(args, { AIC_NEW_USER_PASSWORD: 'un-mot-de-passe-donne' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--invite creates the account without a password');

    const done = await run(args);
    expect({ code: done.code, stderr: done.stderr }).toEqual({ code: 0, stderr: '' });
    expect(done.stdout).toContain('account premier.admin@test.aic (admin) created');
    expect(done.stdout).toMatch(LINK);
    const owner = new pg.Client({ connectionString: database.ownerUrl });
    await owner.connect();
    try {
      const { rows } = await owner.query(`SELECT u.password_hash, m.status FROM users u JOIN mail_messages m ON m.user_id = u.id WHERE u.email = 'premier.admin@test.aic'`);
      expect(rows).toEqual([{ password_hash: null, status: 'outbox' }]);
    } finally {
      await owner.end();
    }
  });
});
