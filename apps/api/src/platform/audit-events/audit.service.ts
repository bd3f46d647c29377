import type { AuditAction } from '@aic/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../common/auth/request-user.js';
import type { AuditChanges } from './audit-event.entity.js';

/** Fields no audit event records, and fields it records as '***' (also read by the one-statement writes of `common/crud/record-sql.ts`). */
export const AUDIT_IGNORED: ReadonlySet<string> = new Set(['version', 'createdAt', 'updatedAt']);
export const AUDIT_REDACTED: ReadonlySet<string> = new Set(['passwordHash', 'password']);

const plain = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value ?? null);
const same = (a: unknown, b: unknown) => JSON.stringify(plain(a)) === JSON.stringify(plain(b));

/** Field-level before/after of a change; `before` or `after` is null for a create or a delete. */
export function diffRecords(before: object | null, after: object | null): AuditChanges {
  const changes: AuditChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (AUDIT_IGNORED.has(key)) continue;
    const b = before ? (before as Record<string, unknown>)[key] : null;
    const a = after ? (after as Record<string, unknown>)[key] : null;
    if (before && after && same(a, b)) continue;
    changes[key] = AUDIT_REDACTED.has(key) ? { before: '***', after: '***' } : { before: plain(b), after: plain(a) };
  }
  return changes;
}

@Injectable()
export class AuditService {
  /**
   * Must be called with the transaction's EntityManager: the event commits or rolls back with the change. The actor is
   * a signed-in user, or the name of what acted without one (`job:retention`, `cli:user:create`), kept as its e-mail.
   */
  async record(em: EntityManager, actor: Actor | string | null, resource: string, recordId: number | string, action: AuditAction, changes: AuditChanges): Promise<void> {
    const user = typeof actor === 'string' ? null : actor;
    await em.query(
      `INSERT INTO audit_events (actor_id, actor_email, resource, record_id, action, changes, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [user?.user.id ?? null, typeof actor === 'string' ? actor : user?.user.email ?? null, resource, String(recordId), action, JSON.stringify(changes), user?.requestId ?? null],
    );
  }
}
