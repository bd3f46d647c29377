import type { AuditAction } from '@aic/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/** Append-only: a trigger rejects UPDATE, DELETE and TRUNCATE (migration CreateAuditEvents). */
@Entity({ name: 'audit_events' })
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId: number | null;

  @Column({ name: 'actor_email', type: 'text', nullable: true })
  actorEmail: string | null;

  @Column({ type: 'text' })
  resource: string;

  @Column({ name: 'record_id', type: 'text' })
  recordId: string;

  @Column({ type: 'text' })
  action: AuditAction;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: AuditChanges;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;
}
