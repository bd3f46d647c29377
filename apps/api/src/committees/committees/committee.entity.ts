import type { CommitteeKind, CommitteeStatus } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

export interface ExternalMember {
  name: string;
  organisation: string | null;
}

@Entity({ name: 'committees' })
export class Committee extends VersionedEntity {
  @Column({ name: 'season_id', type: 'integer' })
  seasonId: number;

  @Column({ type: 'text' })
  kind: CommitteeKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'held_on', type: 'date', nullable: true })
  heldOn: string | null;

  /** 'HH:MM' in Europe/Paris, or null: a committee without hours is a whole day. */
  @Column({ name: 'start_time', type: 'text', nullable: true })
  startTime: string | null;

  /** 'HH:MM', after the start time. */
  @Column({ name: 'end_time', type: 'text', nullable: true })
  endTime: string | null;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  @Column({ name: 'video_link', type: 'text', nullable: true })
  videoLink: string | null;

  @Column({ type: 'text', default: 'planned' })
  status: CommitteeStatus;

  /** Staff members sitting on the committee. */
  @Column({ name: 'member_ids', type: 'integer', array: true, default: () => "'{}'" })
  memberIds: number[];

  @Column({ name: 'external_members', type: 'jsonb', default: () => "'[]'" })
  externalMembers: ExternalMember[];

  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
