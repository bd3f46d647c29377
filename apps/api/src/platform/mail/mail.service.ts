import type { MailKind } from '@aic/domain';
import { ConflictException, Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../app-config.provider.js';
import { notFound } from '../../common/crud/record-writer.js';
import { bilingual } from '../../common/errors/bilingual.js';
import type { AppConfig } from '../../config.js';
import { JobQueue } from './job-queue.js';
import type { MailContent } from './templates/layout.js';

export const SEND_QUEUE = 'mail-send';

/** Stands for the personal link in the stored bodies; the link itself is kept apart and dropped once sent. */
export const SECRET_LINK = '[[lien-personnel]]';
const LINK_REMOVED = '[lien personnel retiré après l’envoi]';

export interface MailDraft {
  kind: MailKind;
  to: { email: string; userId: number | null };
  content: MailContent;
  /** The single-use link the content refers to as SECRET_LINK. */
  secretLink?: string;
  /** A message with a key is written once: the same key again is ignored (a reminder queued by two instances). */
  dedupeKey?: string;
}

/** What the handler of a send job needs. */
export interface SendJob {
  messageId: number;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The bodies as the recipient reads them: with the link while it is kept (outbox, not yet sent), else a notice. */
export function withLink(message: { textBody: string; htmlBody: string; secretLink?: string | null }) {
  const link = message.secretLink ?? null;
  return {
    textBody: message.textBody.replaceAll(SECRET_LINK, link ?? LINK_REMOVED),
    htmlBody: message.htmlBody.replaceAll(SECRET_LINK, escapeHtml(link ?? LINK_REMOVED)),
  };
}

/**
 * Every e-mail goes through `queue`, in the transaction of what it is about. Without SMTP_URL it stays in the outbox
 * table (status `outbox`), which admins read; with it, a pg-boss job committed with the message sends it.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('mail');
  private transport: Transporter | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleDestroy(): void {
    this.transport?.close();
  }

  /** Returns the message's id, or null when a message with the same dedupe key exists. */
  async queue(em: EntityManager, draft: MailDraft): Promise<number | null> {
    const smtp = this.config.smtpUrl !== null;
    const rows: Array<{ id: number }> = await em.query(
      `INSERT INTO mail_messages (kind, recipient, user_id, subject, text_body, html_body, secret_link, status, dedupe_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [draft.kind, draft.to.email, draft.to.userId, draft.content.subject, draft.content.text, draft.content.html, draft.secretLink ?? null, smtp ? 'queued' : 'outbox', draft.dedupeKey ?? null],
    );
    const id = rows[0]?.id ?? null;
    if (id !== null && smtp) await this.enqueue(em, id);
    return id;
  }

  /** An admin's new try of a message whose retries were spent (a new job, a fresh count of retries). */
  async retry(id: number): Promise<void> {
    if (!this.config.smtpUrl) throw new ConflictException({ message: NO_SMTP });
    await this.dataSource.transaction(async (em) => {
      const [row] = await em.query(`SELECT status FROM mail_messages WHERE id = $1 FOR UPDATE`, [id]);
      if (!row) throw notFound('mail-messages', id);
      if (row.status !== 'failed') throw new ConflictException({ message: ONLY_FAILED });
      await em.query(`UPDATE mail_messages SET status = 'queued', updated_at = now() WHERE id = $1`, [id]);
      await this.enqueue(em, id);
    });
  }

  private enqueue(em: EntityManager, id: number): Promise<void> {
    return this.jobs.sendInTransaction(em, SEND_QUEUE, { messageId: id } satisfies SendJob, {
      retryLimit: this.config.mailRetryLimit,
      retryDelay: this.config.mailRetryDelaySeconds,
      retryBackoff: true,
      retryDelayMax: 3_600,
      // Beyond the transport's own timeouts (below) for a batch of 5: a send still running is not handed to another worker.
      expireInSeconds: 600,
    });
  }

  /**
   * Sends one message, under a row lock held during the SMTP exchange: a second job for the same message (an admin's
   * retry, a job expired while its worker still ran) waits for it, then finds it sent. A worker that dies mid-send
   * releases the lock with its connection and the job is retried. Errors are recorded on the message, then thrown
   * for pg-boss to retry with back-off; the last retry leaves it `failed`, which admins see.
   */
  async deliver(job: SendJob, retryCount: number): Promise<void> {
    const failure = await this.dataSource.transaction(async (em) => {
      const [message] = await em.query(
        `SELECT id, recipient, subject, text_body, html_body, secret_link, status FROM mail_messages WHERE id = $1 FOR UPDATE`,
        [job.messageId],
      );
      if (!message || message.status === 'sent' || message.status === 'outbox') return null;
      const bodies = withLink({ textBody: message.text_body, htmlBody: message.html_body, secretLink: message.secret_link });
      try {
        await (await this.transporter()).sendMail({ from: this.config.mailFrom, to: message.recipient, subject: message.subject, text: bodies.textBody, html: bodies.htmlBody });
      } catch (error) {
        const text = describe(error);
        const last = retryCount >= this.config.mailRetryLimit;
        await em.query(
          `UPDATE mail_messages SET status = $2, attempts = attempts + 1, last_error = $3, updated_at = now() WHERE id = $1`,
          [message.id, last ? 'failed' : 'retrying', text],
        );
        this.logger.warn(`e-mail ${message.id} not sent (attempt ${retryCount + 1}${last ? ', the last' : ''}): ${text}`);
        return new Error(text);
      }
      await em.query(
        `UPDATE mail_messages SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL, secret_link = NULL, updated_at = now() WHERE id = $1`,
        [message.id],
      );
      return null;
    });
    if (failure) throw failure;
  }

  /** nodemailer is loaded only where SMTP_URL is set (the outbox needs none of it). */
  private async transporter(): Promise<Transporter> {
    const { default: nodemailer } = await import('nodemailer');
    // The URL's own settings (host, port, credentials, TLS) win over these timeouts' defaults.
    this.transport ??= nodemailer.createTransport({ url: this.config.smtpUrl!, connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 });
    return this.transport;
  }
}

/** The server's answer without the credentials nodemailer may echo. */
function describe(error: unknown): string {
  const e = error as { responseCode?: number; response?: string; code?: string; message?: string };
  const text = e.response ?? e.message ?? String(error);
  return (e.responseCode ? `${e.responseCode} ` : '') + (e.code && !text.includes(e.code) ? `${e.code}: ` : '') + text.slice(0, 500);
}

const NO_SMTP = bilingual('Aucun serveur SMTP n’est configuré : les courriels restent dans la boîte d’envoi', 'No SMTP server is configured: e-mails stay in the outbox');
const ONLY_FAILED = bilingual('Seul un courriel en échec peut être renvoyé', 'Only a failed e-mail can be sent again');
