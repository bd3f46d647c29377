import type { InteractionKind } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

/** An entry of a laureate's journal. */
@Entity({ name: 'interactions' })
export class Interaction extends VersionedEntity {
  @Column({ name: 'laureate_id', type: 'integer' })
  laureateId: number;

  @Column({ type: 'text' })
  kind: InteractionKind;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ name: 'contact_ids', type: 'integer', array: true, default: () => "'{}'" })
  contactIds: number[];

  @Column({ name: 'user_ids', type: 'integer', array: true, default: () => "'{}'" })
  userIds: number[];

  /** Organisations that took part (an administration met, a partner at an event…). */
  @Column({ name: 'organisation_ids', type: 'integer', array: true, default: () => "'{}'" })
  organisationIds: number[];

  /** For an introduction: the administration introduced. */
  @Column({ name: 'organisation_id', type: 'integer', nullable: true })
  organisationId: number | null;

  @Column({ name: 'follow_up', type: 'text', nullable: true })
  followUp: string | null;

  @Column({ name: 'follow_up_due_on', type: 'date', nullable: true })
  followUpDueOn: string | null;
}
