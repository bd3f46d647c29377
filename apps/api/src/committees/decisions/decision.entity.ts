import type { DecisionOutcome } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { eurosTransformer } from '../../common/crud/euros.transformer.js';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

@Entity({ name: 'decisions' })
export class Decision extends VersionedEntity {
  @Column({ name: 'committee_id', type: 'integer' })
  committeeId: number;

  @Column({ name: 'laureate_id', type: 'integer' })
  laureateId: number;

  @Column({ type: 'text' })
  outcome: DecisionOutcome;

  @Column({ type: 'text', nullable: true })
  conditions: string | null;

  @Column({ type: 'text', nullable: true })
  rationale: string | null;

  @Column({ name: 'funding_granted', type: 'numeric', precision: 14, scale: 2, default: 0, transformer: eurosTransformer })
  fundingGranted: number;

  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' })
  decidedAt: Date;

  @Column({ name: 'decided_by_id', type: 'integer', nullable: true })
  decidedById: number | null;
}
