import type { Health, LaureatePhase } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { eurosTransformer } from '../../common/crud/euros.transformer.js';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

@Entity({ name: 'agenda_items' })
export class AgendaItem extends VersionedEntity {
  @Column({ name: 'committee_id', type: 'integer' })
  committeeId: number;

  @Column({ name: 'laureate_id', type: 'integer' })
  laureateId: number;

  @Column({ type: 'integer', default: 1 })
  position: number;

  @Column({ type: 'text', nullable: true })
  presenter: string | null;

  /** What the laureate asks for next. */
  @Column({ name: 'requested_support', type: 'text', nullable: true })
  requestedSupport: string | null;

  @Column({ name: 'requested_funding', type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: eurosTransformer })
  requestedFunding: number | null;

  @Column({ name: 'briefing_notes', type: 'text', nullable: true })
  briefingNotes: string | null;

  /** The laureate's phase when the committee sat, kept at closing. */
  @Column({ name: 'phase_at_session', type: 'text', nullable: true })
  phaseAtSession: LaureatePhase | null;

  /** The laureate's health when the committee sat, kept at closing. */
  @Column({ name: 'health_at_session', type: 'text', nullable: true })
  healthAtSession: Health | null;
}
