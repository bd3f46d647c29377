import { ConflictException, HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../app-config.provider.js';
import { notFound } from '../../common/crud/record-writer.js';
import { bilingual } from '../../common/errors/bilingual.js';
import type { AppConfig } from '../../config.js';
import { MailService, SECRET_LINK } from '../mail/mail.service.js';
import { invitationMail, passwordResetMail } from '../mail/templates/messages.js';
import { PasswordTokensService } from './password-tokens.service.js';

/** Forgotten-password requests from one client address, whatever the e-mails, within the window, before 429. */
export const RESET_MAX_PER_ADDRESS = 10;
/** Links sent to one e-mail within the window; more requests get the same answer and no e-mail. */
export const RESET_MAX_PER_EMAIL = 3;
export const RESET_WINDOW_MINUTES = 60;

/** The e-mails about a person's own account: the invitation to a new account, the forgotten-password link. */
@Injectable()
export class AccountMailsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: PasswordTokensService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Address of the admin's page where a link's holder chooses their password (the token travels after the #: never in a server log). */
  private link(token: string): string {
    return `${this.config.publicUrl}/#/set-password?token=${token}`;
  }

  /** In the transaction that creates the account, or alone to send it again (earlier invitations then stop working). */
  async invite(userId: number, em?: EntityManager): Promise<void> {
    const run = async (tx: EntityManager) => {
      const [user] = await tx.query(`SELECT id, email, full_name, roles, active FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      if (!user) throw notFound('users', userId);
      if (!user.active) {
        throw new ConflictException({ message: bilingual('Ce compte est désactivé : réactivez-le avant de l’inviter', 'This account is deactivated: reactivate it before inviting') });
      }
      const { token, expiresAt } = await this.tokens.issue(tx, user.id, 'invitation');
      await this.mail.queue(tx, {
        kind: 'invitation',
        to: { email: user.email, userId: user.id },
        content: invitationMail({ fullName: user.full_name, email: user.email, roles: user.roles }, SECRET_LINK, expiresAt),
        secretLink: this.link(token),
      });
    };
    await (em ? run(em) : this.dataSource.transaction(run));
  }

  /**
   * Always the same answer, whether the e-mail belongs to an active account or not. Throttled per client address
   * (429, counted whatever the e-mails) and per e-mail (silently: no more links, so nobody floods a mailbox).
   */
  async requestPasswordReset(rawEmail: string, ip: string | null): Promise<void> {
    const email = rawEmail.trim().toLowerCase();
    await this.dataSource.transaction(async (em) => {
      const [counts] = await em.query(
        `SELECT count(*) FILTER (WHERE ip IS NOT DISTINCT FROM $2)::int AS by_address, count(*) FILTER (WHERE email = $1)::int AS by_email
           FROM password_reset_requests WHERE requested_at > now() - make_interval(mins => $3) AND (ip IS NOT DISTINCT FROM $2 OR email = $1)`,
        [email, ip, RESET_WINDOW_MINUTES],
      );
      if (counts.by_address >= RESET_MAX_PER_ADDRESS) {
        throw new HttpException(
          { message: bilingual('Trop de demandes depuis cette adresse : réessayez dans une heure', 'Too many requests from this address: try again in an hour') },
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
      await em.query(`INSERT INTO password_reset_requests (email, ip) VALUES ($1, $2)`, [email, ip]);
      await em.query(`DELETE FROM password_reset_requests WHERE requested_at < now() - interval '30 days'`);
      if (counts.by_email >= RESET_MAX_PER_EMAIL) return;
      const [user] = await em.query(`SELECT id, email, full_name FROM users WHERE active AND aic_name_key(email) = aic_name_key($1)`, [email]);
      if (!user) return;
      const { token, expiresAt } = await this.tokens.issue(em, user.id, 'password_reset');
      await this.mail.queue(em, {
        kind: 'password_reset',
        to: { email: user.email, userId: user.id },
        content: passwordResetMail({ fullName: user.full_name, email: user.email }, SECRET_LINK, expiresAt),
        secretLink: this.link(token),
      });
    });
  }
}
