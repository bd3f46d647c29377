import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CalendarOwner } from './calendar-feed.js';

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
export const CALENDAR_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** Each person's secret feed address: only the token's SHA-256 is stored; regenerating replaces it, revoking deletes it. */
@Injectable()
export class CalendarFeedsService {
  constructor(private readonly dataSource: DataSource) {}

  async status(userId: number): Promise<{ active: boolean; createdAt: string | null }> {
    const [row] = await this.dataSource.query(`SELECT created_at FROM calendar_feeds WHERE user_id = $1`, [userId]);
    return { active: Boolean(row), createdAt: row ? new Date(row.created_at).toISOString() : null };
  }

  /** A new secret address (the previous one stops working); the token is shown once. */
  async regenerate(userId: number): Promise<{ token: string; path: string }> {
    const token = randomBytes(32).toString('base64url');
    await this.dataSource.query(
      `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
      [userId, sha256(token)],
    );
    return { token, path: `/api/calendar/${token}.ics` };
  }

  async revoke(userId: number): Promise<void> {
    await this.dataSource.query(`DELETE FROM calendar_feeds WHERE user_id = $1`, [userId]);
  }

  /** The active account a token opens, or null (unknown, revoked, or the account deactivated). */
  async ownerOf(token: string): Promise<CalendarOwner | null> {
    if (!CALENDAR_TOKEN_PATTERN.test(token)) return null;
    const [row] = await this.dataSource.query(
      `SELECT u.id, u.full_name AS "fullName", u.roles FROM calendar_feeds f JOIN users u ON u.id = f.user_id WHERE f.token_hash = $1 AND u.active`,
      [sha256(token)],
    );
    return row ?? null;
  }
}
