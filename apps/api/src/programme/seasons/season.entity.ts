import type { SeasonStatus } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { eurosTransformer } from '../../common/crud/euros.transformer.js';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

@Entity({ name: 'seasons' })
export class Season extends VersionedEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'text', nullable: true })
  theme: string | null;

  @Column({ name: 'call_opens_on', type: 'date', nullable: true })
  callOpensOn: string | null;

  @Column({ name: 'call_closes_on', type: 'date', nullable: true })
  callClosesOn: string | null;

  @Column({ name: 'accompaniment_starts_on', type: 'date', nullable: true })
  accompanimentStartsOn: string | null;

  @Column({ name: 'accompaniment_ends_on', type: 'date', nullable: true })
  accompanimentEndsOn: string | null;

  @Column({ type: 'text', default: 'draft' })
  status: SeasonStatus;

  @Column({ name: 'funding_envelope', type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: eurosTransformer })
  fundingEnvelope: number | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Days without an exchange after which a laureate of this season shows in its manager's alerts (issue 16). */
  @Column({ name: 'quiet_after_days', type: 'integer', default: 30 })
  quietAfterDays: number;
}
