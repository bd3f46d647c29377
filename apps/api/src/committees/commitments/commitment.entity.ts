import type { CommitmentKind, CommitmentStatus } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { eurosTransformer } from '../../common/crud/euros.transformer.js';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

/** A line administration's or funder's complementary commitment, recorded at the engagement committee. */
@Entity({ name: 'commitments' })
export class Commitment extends VersionedEntity {
  @Column({ name: 'laureate_id', type: 'integer' })
  laureateId: number;

  @Column({ name: 'committee_id', type: 'integer', nullable: true })
  committeeId: number | null;

  @Column({ name: 'organisation_id', type: 'integer' })
  organisationId: number;

  @Column({ type: 'text' })
  kind: CommitmentKind;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: eurosTransformer })
  amount: number | null;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ type: 'text', default: 'promised' })
  status: CommitmentStatus;
}
