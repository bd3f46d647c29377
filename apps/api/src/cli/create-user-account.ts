import type { Role } from '@aic/domain';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config.js';
import { AuditService } from '../platform/audit-events/audit.service.js';
import { AccountMailsService } from '../platform/auth/account-mails.service.js';
import { hashPassword } from '../platform/auth/password-hasher.js';
import { PasswordTokensService } from '../platform/auth/password-tokens.service.js';
import { SessionsService } from '../platform/auth/sessions.service.js';
import { JobQueue } from '../platform/mail/job-queue.js';
import { MailService } from '../platform/mail/mail.service.js';

/** Who wrote the account, in the audit trail. */
export const CLI_ACTOR = 'cli:user:create';

export interface NewAccount {
  email: string;
  fullName: string;
  roles: Role[];
  /** null: no password; the person is invited by e-mail to choose one (or signs in with ProConnect). */
  password: string | null;
}

/**
 * The invitation of an account created without a password: `queued` for SMTP (an API instance running the background
 * jobs sends it), or kept in the outbox when SMTP_URL is unset, with its single-use link for the operator to hand over.
 */
export type Invitation = { status: 'queued' } | { status: 'outbox'; link: string };

export interface CreatedAccount {
  id: number;
  invitation: Invitation | null;
}

/**
 * What `npm run user:create` does once the database is ready: the account and its audit event, and without a password
 * the invitation e-mail, written by the same service as the admin's Users screen (AccountMailsService), all in one
 * transaction. Returns null when an account with that e-mail exists (nothing written).
 */
export async function createUserAccount(dataSource: DataSource, config: AppConfig, account: NewAccount): Promise<CreatedAccount | null> {
  // This process only queues: it runs no worker and no schedule (pg-boss starts here only to queue an invitation for SMTP).
  const cliConfig: AppConfig = { ...config, jobs: false };
  const jobs = new JobQueue(dataSource, cliConfig);
  if (account.password === null) await jobs.onModuleInit();
  try {
    const mail = new MailService(dataSource, jobs, cliConfig);
    const audit = new AuditService();
    const tokens = new PasswordTokensService(dataSource, new SessionsService(dataSource, cliConfig), audit);
    const accountMails = new AccountMailsService(dataSource, tokens, mail, cliConfig);
    const email = account.email.trim().toLowerCase();
    const roles = [...new Set(account.roles)];
    const passwordHash = account.password === null ? null : await hashPassword(account.password);
    return await dataSource.transaction(async (em) => {
      const rows: Array<{ id: number }> = await em.query(
        `INSERT INTO users (email, full_name, password_hash, roles) VALUES ($1, $2, $3, $4)
         ON CONFLICT ((aic_name_key(email))) DO NOTHING RETURNING id`,
        [email, account.fullName, passwordHash, roles],
      );
      if (rows.length === 0) return null;
      const id = rows[0].id;
      await audit.record(em, CLI_ACTOR, 'users', id, 'create', { email: { before: null, after: email }, roles: { before: null, after: roles } });
      if (account.password !== null) return { id, invitation: null };
      await accountMails.invite(id, em);
      const [message] = await em.query(
        `SELECT status, secret_link FROM mail_messages WHERE user_id = $1 AND kind = 'invitation' ORDER BY id DESC LIMIT 1`,
        [id],
      );
      const invitation: Invitation = message.status === 'outbox' ? { status: 'outbox', link: message.secret_link } : { status: 'queued' };
      return { id, invitation };
    });
  } finally {
    await jobs.beforeApplicationShutdown();
  }
}
