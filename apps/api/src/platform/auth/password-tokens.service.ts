import { BadRequestException, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { bilingual } from '../../common/errors/bilingual.js';
import { AuditService } from '../audit-events/audit.service.js';
import { hashPassword } from './password-hasher.js';
import { SessionsService } from './sessions.service.js';

export type PasswordTokenPurpose = 'invitation' | 'password_reset';

/** An invitation waits a week for its recipient; a forgotten-password link is for now. */
export const TOKEN_VALIDITY: Record<PasswordTokenPurpose, { hours: number }> = {
  invitation: { hours: 7 * 24 },
  password_reset: { hours: 1 },
};

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');

export const INVALID_LINK = bilingual(
  'Ce lien n’est plus valable (déjà utilisé, expiré ou remplacé par un plus récent) : demandez-en un nouveau',
  'This link is no longer valid (already used, expired or replaced by a newer one): ask for a new one',
);

export interface TokenHolder {
  userId: number;
  email: string;
  fullName: string;
  purpose: PasswordTokenPurpose;
}

/**
 * Single-use links to choose a password (invitation, forgotten password). The token travels only in the e-mail;
 * the table keeps its SHA-256. Issuing one makes the user's earlier unused links of the same purpose void; using one
 * voids them all.
 */
@Injectable()
export class PasswordTokensService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  /** In the caller's transaction (the e-mail carrying it is queued in the same one). */
  async issue(em: EntityManager, userId: number, purpose: PasswordTokenPurpose): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    await em.query(`UPDATE password_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL`, [userId, purpose]);
    const [{ expires_at }] = await em.query(
      `INSERT INTO password_tokens (user_id, purpose, token_hash, expires_at)
       VALUES ($1, $2, $3, now() + make_interval(hours => $4)) RETURNING expires_at`,
      [userId, purpose, sha256(token), TOKEN_VALIDITY[purpose].hours],
    );
    return { token, expiresAt: new Date(expires_at) };
  }

  /** Whom a live token is for (the page shows the account before the password is typed), or 400. */
  async check(token: string): Promise<TokenHolder> {
    const [row] = await this.dataSource.query(
      `SELECT t.user_id, t.purpose, u.email, u.full_name
         FROM password_tokens t JOIN users u ON u.id = t.user_id
        WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.active`,
      [sha256(token)],
    );
    if (!row) throw new BadRequestException({ message: INVALID_LINK });
    return { userId: row.user_id, email: row.email, fullName: row.full_name, purpose: row.purpose };
  }

  /** Sets the password once: the token is consumed under a row lock, so two submissions cannot both succeed. */
  async use(token: string, password: string): Promise<TokenHolder> {
    const passwordHash = await hashPassword(password);
    const holder = await this.dataSource.transaction(async (em) => {
      // As a SELECT over the UPDATE: TypeORM answers an UPDATE with [rows, count], a SELECT with its rows.
      const [row] = await em.query(
        `WITH used AS (
           UPDATE password_tokens t SET used_at = now()
             FROM users u
            WHERE u.id = t.user_id AND t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > now() AND u.active
           RETURNING t.user_id, t.purpose, u.email, u.full_name)
         SELECT * FROM used`,
        [sha256(token)],
      );
      if (!row) throw new BadRequestException({ message: INVALID_LINK });
      await em.query(`UPDATE password_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [row.user_id]);
      await em.query(`UPDATE users SET password_hash = $1, version = version + 1, updated_at = now() WHERE id = $2`, [passwordHash, row.user_id]);
      const actor = { user: { id: row.user_id, email: row.email, fullName: row.full_name, roles: [], panel: null, sessionId: 0 }, requestId: null };
      await this.audit.record(em, actor, 'users', row.user_id, 'update', { password: { before: '***', after: '***' } });
      return { userId: row.user_id as number, email: row.email as string, fullName: row.full_name as string, purpose: row.purpose as PasswordTokenPurpose };
    });
    // Whoever knew the old password (or a stolen session) is signed out.
    await this.sessions.revokeAllOf(holder.userId);
    return holder;
  }

  /** Links used or expired for a month are of no further use. */
  async purgeEnded(): Promise<void> {
    await this.dataSource.query(`DELETE FROM password_tokens WHERE COALESCE(used_at, expires_at) < now() - interval '30 days'`);
  }
}
