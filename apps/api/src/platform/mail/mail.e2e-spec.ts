import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApp } from '../../app.factory.js';
import { loadConfig, type AppConfig } from '../../config.js';
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from '../../../test/smtp-server.js';
import { bearer, createAccount, login, startTestApp, type TestApp } from '../../../test/test-app.js';
import { CommitteeRemindersService } from './committee-reminders.service.js';
import { JobQueue } from './job-queue.js';

/**
 * E-mail through a real SMTP server started here, sent by pg-boss workers of the API under test (AIC_JOBS on),
 * with a second API instance on the same database for the "sent once" cases.
 */
let smtp: TestSmtpServer;
let t: TestApp;
let second: NestFastifyApplication;
let admin: string;
const PUBLIC_URL = 'https://aic.example.gouv.fr';

const overrides = (url: string): Partial<AppConfig> => ({ smtpUrl: url, jobs: true, publicUrl: PUBLIC_URL, mailRetryDelaySeconds: 1, mailRetryLimit: 2, mailPollingSeconds: 0.5 });

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp(overrides(smtp.url));
  await createAccount(t.dataSource, 'mail.admin@test.aic', ['admin']);
  admin = await login(t.http, 'mail.admin@test.aic');
});
afterAll(async () => {
  await second?.close();
  await t?.close();
  await smtp?.close();
});

/** Polls until `check` returns a value (not undefined/false), or fails. */
async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const tokenIn = (mail: ReceivedMail) => {
  const match = mail.text.match(/https:\/\/aic\.example\.gouv\.fr\/#\/set-password\?token=([A-Za-z0-9_-]{43})/);
  if (!match) throw new Error(`no link in: ${mail.text}`);
  return match[1];
};

const messageOf = async (recipient: string) =>
  (await t.dataSource.query(`SELECT id, status, attempts, last_error, secret_link FROM mail_messages WHERE recipient = $1 ORDER BY id DESC LIMIT 1`, [recipient]))[0];

describe('invitation of a new user', () => {
  let mail: ReceivedMail;

  it('e-mails a French, plain text + HTML invitation with a link to set the password', async () => {
    const before = smtp.received.length;
    const res = await request(t.http).post('/api/users').set(bearer(admin)).send({ email: 'Camille.Invitee@test.aic', fullName: 'Camille Invitée', roles: ['acceleration_manager'] });
    expect(res.status).toBe(201);
    [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(mail.to).toBe('camille.invitee@test.aic');
    expect(mail.subject).toBe("Votre compte sur le back-office de l'Accélérateur d'Initiatives Citoyennes");
    expect(mail.text).toContain('Bonjour Camille Invitée,');
    expect(mail.text).toContain("rôle : chargé d'accélération");
    expect(mail.text).toMatch(/expire le \d{1,2} \S+ \d{4}/);
    expect(mail.html).toContain('<html lang="fr">');
    expect(mail.html).toContain('République<br>française');
    expect(mail.html).toMatch(/<a href="https:\/\/aic\.example\.gouv\.fr\/#\/set-password\?token=[A-Za-z0-9_-]{43}" style="[^"]*background|<td style="background: #000091;"><a href="https:\/\/aic\.example\.gouv\.fr\/#\/set-password\?token=/);
    expect(mail.parsed.from?.text).toContain("Accélérateur d'Initiatives Citoyennes");
    // Nobody else's data: the admin who invited is not named.
    expect(mail.text).not.toContain('mail.admin');
    const message = await eventually(async () => ((await messageOf('camille.invitee@test.aic'))?.status === 'sent' ? messageOf('camille.invitee@test.aic') : undefined));
    expect(message).toMatchObject({ attempts: 1, last_error: null, secret_link: null });
  });

  it('keeps only the hash of the token, and the link is gone from what admins read once sent', async () => {
    const token = tokenIn(mail);
    const rows = await t.dataSource.query(`SELECT token_hash, purpose, expires_at - created_at AS validity FROM password_tokens`);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).not.toContain(token);
    expect(rows[0].purpose).toBe('invitation');
    expect(rows[0].validity).toMatchObject({ days: 7 });
    const { id } = await messageOf('camille.invitee@test.aic');
    const shown = await request(t.http).get(`/api/mail-messages/${id}`).set(bearer(admin));
    expect(shown.status).toBe(200);
    expect(shown.body.textBody).toContain('[lien personnel retiré après l’envoi]');
    expect(JSON.stringify(shown.body)).not.toContain(token);
  });

  it('lets the person set their password once, then log in; the link then stops working', async () => {
    const token = tokenIn(mail);
    const check = await request(t.http).post('/api/auth/password-token').send({ token });
    expect(check.status).toBe(200);
    expect(check.body).toEqual({ email: 'camille.invitee@test.aic', fullName: 'Camille Invitée', purpose: 'invitation' });
    await expect(login(t.http, 'camille.invitee@test.aic', 'mon-nouveau-mot-de-passe')).rejects.toThrow(/401/);
    const short = await request(t.http).post('/api/auth/password-token/use').send({ token, password: 'court' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toHaveProperty('password');
    const used = await request(t.http).post('/api/auth/password-token/use').send({ token, password: 'mon-nouveau-mot-de-passe' });
    expect(used.status).toBe(204);
    expect(await login(t.http, 'camille.invitee@test.aic', 'mon-nouveau-mot-de-passe')).toBeTruthy();
    const again = await request(t.http).post('/api/auth/password-token/use').send({ token, password: 'encore-un-autre-mot-de-passe' });
    expect(again.status).toBe(400);
    expect(again.body.message).toMatch(/n’est plus valable/);
    expect((await request(t.http).post('/api/auth/password-token').send({ token })).status).toBe(400);
  });

  it('sends a new invitation on request, which voids the earlier one; an expired link is refused', async () => {
    const id = await createAccount(t.dataSource, 'dominique.relance@test.aic', ['referent']);
    const before = smtp.received.length;
    expect((await request(t.http).post(`/api/users/${id}/invitation`).set(bearer(admin))).status).toBe(204);
    await smtp.waitFor(before + 1);
    expect((await request(t.http).post(`/api/users/${id}/invitation`).set(bearer(admin))).status).toBe(204);
    const [first, latest] = (await smtp.waitFor(before + 2)).slice(before);
    expect((await request(t.http).post('/api/auth/password-token').send({ token: tokenIn(first) })).status).toBe(400);
    expect((await request(t.http).post('/api/auth/password-token').send({ token: tokenIn(latest) })).status).toBe(200);
    await t.dataSource.query(`UPDATE password_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [id]);
    expect((await request(t.http).post('/api/auth/password-token/use').send({ token: tokenIn(latest), password: 'un-mot-de-passe-assez-long' })).status).toBe(400);
    await createAccount(t.dataSource, 'lead.invite@test.aic', ['programme_lead']);
    const lead = await login(t.http, 'lead.invite@test.aic');
    expect((await request(t.http).post(`/api/users/${id}/invitation`).set(bearer(lead))).status).toBe(403);
  });
});

describe('forgotten password', () => {
  const ask = (email: string, ip = '192.0.2.10') => request(t.http).post('/api/auth/password-reset').set('X-Forwarded-For', ip).send({ email });

  it('answers the same for an unknown e-mail and e-mails a one-hour link to an account', async () => {
    await createAccount(t.dataSource, 'oubli@test.aic', ['programme_lead']);
    const before = smtp.received.length;
    const unknown = await ask('personne@test.aic');
    const known = await ask('Oubli@Test.aic');
    expect(unknown.status).toBe(202);
    expect(known.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.length).toBe(before + 1);
    expect(mail.to).toBe('oubli@test.aic');
    expect(mail.subject).toBe('Réinitialisation de votre mot de passe');
    expect(mail.text).toContain('expire dans une heure');
    const [{ validity }] = await t.dataSource.query(`SELECT expires_at - created_at AS validity FROM password_tokens WHERE purpose = 'password_reset'`);
    expect(validity).toMatchObject({ hours: 1 });
    const session = await login(t.http, 'oubli@test.aic');
    expect((await request(t.http).post('/api/auth/password-token/use').send({ token: tokenIn(mail), password: 'nouveau-mot-de-passe-oublie' })).status).toBe(204);
    expect((await request(t.http).get('/api/auth/me').set(bearer(session))).status).toBe(401);
    expect(await login(t.http, 'oubli@test.aic', 'nouveau-mot-de-passe-oublie')).toBeTruthy();
  });

  it('sends at most 3 links an hour to one e-mail (same answer), and refuses an address asking too often (429)', async () => {
    await createAccount(t.dataSource, 'insiste@test.aic', ['referent']);
    const before = smtp.received.length;
    for (let i = 0; i < 5; i++) expect((await ask('insiste@test.aic', '192.0.2.20')).status).toBe(202);
    await smtp.waitFor(before + 3);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.length).toBe(before + 3);
    for (let i = 0; i < 5; i++) expect((await ask(`autre${i}@test.aic`, '192.0.2.20')).status).toBe(202);
    const refused = await ask('encore@test.aic', '192.0.2.20');
    expect(refused.status).toBe(429);
    expect((await ask('encore@test.aic', '192.0.2.21')).status).toBe(202);
  });
});

describe('when the SMTP server refuses', () => {
  it('retries with back-off and sends once; the failure shows meanwhile', async () => {
    smtp.refuseNext(1);
    const before = smtp.received.length;
    const id = await createAccount(t.dataSource, 'retard@test.aic', ['referent']);
    expect((await request(t.http).post(`/api/users/${id}/invitation`).set(bearer(admin))).status).toBe(204);
    const retrying = await eventually(async () => ((await messageOf('retard@test.aic')).status === 'retrying' ? messageOf('retard@test.aic') : undefined));
    expect(retrying.last_error).toMatch(/451/);
    await smtp.waitFor(before + 1);
    const sent = await eventually(async () => ((await messageOf('retard@test.aic')).status === 'sent' ? messageOf('retard@test.aic') : undefined));
    expect(sent).toMatchObject({ attempts: 2, last_error: null });
    expect(smtp.received.filter((m) => m.to === 'retard@test.aic')).toHaveLength(1);
  });

  it('marks the message failed once the retries are spent, lists it for admins, and sends it on their retry', async () => {
    smtp.refuseNext(3); // the first try and both retries (AIC_MAIL_RETRY_LIMIT=2 here)
    const id = await createAccount(t.dataSource, 'echec@test.aic', ['referent']);
    expect((await request(t.http).post(`/api/users/${id}/invitation`).set(bearer(admin))).status).toBe(204);
    const failed = await eventually(async () => ((await messageOf('echec@test.aic')).status === 'failed' ? messageOf('echec@test.aic') : undefined));
    expect(failed.attempts).toBe(3);
    const list = await request(t.http).get('/api/mail-messages').query({ filter: JSON.stringify({ status: 'failed' }) }).set(bearer(admin));
    expect(list.status).toBe(200);
    expect(list.body.map((m: { recipient: string }) => m.recipient)).toEqual(['echec@test.aic']);
    expect(list.body[0].lastError).toMatch(/451/);
    const before = smtp.received.length;
    expect((await request(t.http).post(`/api/mail-messages/${failed.id}/retry`).set(bearer(admin))).status).toBe(204);
    expect((await request(t.http).post(`/api/mail-messages/${failed.id}/retry`).set(bearer(admin))).status).toBe(409);
    await smtp.waitFor(before + 1);
    await eventually(async () => (await messageOf('echec@test.aic')).status === 'sent');
  });
});

describe('with two API instances on one database', () => {
  beforeAll(async () => {
    const config: AppConfig = { ...loadConfig({ LOG_LEVEL: 'silent' }), demo: false, adminDistDir: '/nonexistent', ...overrides(smtp.url) };
    second = await createApp(config, t.databaseUrl);
    await second.init();
  });

  it('sends each of 20 e-mails exactly once', async () => {
    const before = smtp.received.length;
    const ids: number[] = [];
    for (let i = 0; i < 20; i++) ids.push(await createAccount(t.dataSource, `lot${i}@test.aic`, ['referent']));
    await Promise.all(ids.map((id) => request(t.http).post(`/api/users/${id}/invitation`).set(bearer(admin)).expect(204)));
    await smtp.waitFor(before + 20);
    await new Promise((r) => setTimeout(r, 2500));
    const recipients = smtp.received.slice(before).map((m) => m.to).sort();
    expect(recipients).toEqual(ids.map((_, i) => `lot${i}@test.aic`).sort());
  });

  it('reminds each participant of tomorrow’s committee once, from 8:00 the day before, whichever instance runs it', async () => {
    const member = await createAccount(t.dataSource, 'membre@test.aic', ['programme_lead']);
    const manager = await createAccount(t.dataSource, 'charge@test.aic', ['acceleration_manager']);
    const outsider = await createAccount(t.dataSource, 'ailleurs@test.aic', ['acceleration_manager']);
    const [{ id: seasonId }] = await t.dataSource.query(`INSERT INTO seasons (name, year) VALUES ('Saison rappel', 2026) RETURNING id`);
    const [{ id: laureateId }] = await t.dataSource.query(
      `INSERT INTO laureates (season_id, name, track, acceleration_manager_id) VALUES ($1, 'Infoclimat', 'dinum', $2) RETURNING id`, [seasonId, manager]);
    await t.dataSource.query(`INSERT INTO laureates (season_id, name, track, acceleration_manager_id) VALUES ($1, 'Vikidia', 'dinum', $2)`, [seasonId, outsider]);
    const [{ id: committeeId }] = await t.dataSource.query(
      `INSERT INTO committees (season_id, kind, title, held_on, start_time, end_time, place, member_ids) VALUES ($1, 'acceleration', 'Comité de décembre', '2026-12-10', '14:00', '17:30', 'DINUM, Paris', $2) RETURNING id`,
      [seasonId, [member]],
    );
    await t.dataSource.query(`INSERT INTO agenda_items (committee_id, laureate_id, position, presenter) VALUES ($1, $2, 1, 'Jeanne Présentatrice')`, [committeeId, laureateId]);
    const reminders = [t.app.get(CommitteeRemindersService), second.get(CommitteeRemindersService)];

    expect(await reminders[0].queueDue(new Date('2026-12-09T06:30:00Z'))).toBe(0); // 7:30 in Paris
    expect(await reminders[0].queueDue(new Date('2026-12-08T10:00:00Z'))).toBe(0); // two days before
    const before = smtp.received.length;
    const written = await Promise.all([...reminders, ...reminders].map((r) => r.queueDue(new Date('2026-12-09T07:05:00Z'))));
    expect(written.reduce((a, b) => a + b, 0)).toBe(2);
    const mails = (await smtp.waitFor(before + 2)).slice(before);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.length).toBe(before + 2);
    expect(mails.map((m) => m.to).sort()).toEqual(['charge@test.aic', 'membre@test.aic']);
    const mail = mails[0];
    expect(mail.subject).toBe("Rappel : comité d'accélération demain, jeudi 10 décembre 2026");
    expect(mail.text).toContain('Comité de décembre');
    expect(mail.text).toContain('Lieu : DINUM, Paris');
    expect(mail.text).toContain('Horaire : de 14:00 à 17:30');
    expect(mail.text).toContain('- Infoclimat');
    expect(mail.text).toContain(`${PUBLIC_URL}/#/committees/${committeeId}/show`);
    // No other person's data: neither the other participant nor the presenter; no other manager's laureate.
    for (const m of mails) {
      const other = m.to === 'membre@test.aic' ? 'charge@' : 'membre@';
      expect(m.text).not.toContain(other);
      expect(m.html).not.toContain(other);
      expect(m.text).not.toMatch(/Jeanne|Vikidia/);
    }
    expect(await reminders[1].queueDue(new Date('2026-12-09T20:00:00Z'))).toBe(0);
  });

  it('has the reminders scheduled every hour, the digest on Mondays and the retention purge every night, once for all instances', async () => {
    const rows = await t.asOwner(`SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`);
    expect(rows.rows).toEqual([
      { name: 'committee-reminders', cron: '5 * * * *', timezone: 'Europe/Paris' },
      { name: 'retention-purge', cron: '30 3 * * *', timezone: 'Europe/Paris' },
      { name: 'weekly-digest', cron: '0 7 * * 1', timezone: 'Europe/Paris' },
    ]);
  });
});

describe('across a restart', () => {
  it('keeps an e-mail queued while no instance sends, and a later instance sends it once', async () => {
    const config = (jobs: boolean): AppConfig => ({ ...loadConfig({ LOG_LEVEL: 'silent' }), demo: false, adminDistDir: '/nonexistent', ...overrides(smtp.url), jobs });
    // No worker anywhere: the two instances stop theirs.
    await second.close();
    await t.app.get(JobQueue).beforeApplicationShutdown();
    const sender = await createApp(config(false), t.databaseUrl);
    await sender.init();
    await sender.getHttpAdapter().getInstance().ready();
    const id = await createAccount(t.dataSource, 'apres.redemarrage@test.aic', ['referent']);
    expect((await request(sender.getHttpServer()).post(`/api/users/${id}/invitation`).set(bearer(admin))).status).toBe(204);
    const before = smtp.received.length;
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.length).toBe(before);
    expect((await messageOf('apres.redemarrage@test.aic')).status).toBe('queued');
    await sender.close();

    second = await createApp(config(true), t.databaseUrl);
    await second.init();
    await smtp.waitFor(before + 1);
    await eventually(async () => (await messageOf('apres.redemarrage@test.aic')).status === 'sent');
    await new Promise((r) => setTimeout(r, 1000));
    expect(smtp.received.slice(before).map((m) => m.to)).toEqual(['apres.redemarrage@test.aic']);
  });
});
