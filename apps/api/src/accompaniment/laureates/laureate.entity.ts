import type { Health, LaureatePhase, Track } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

@Entity({ name: 'laureates' })
export class Laureate extends VersionedEntity {
  @Column({ name: 'season_id', type: 'integer' })
  seasonId: number;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  track: Track;

  @Column({ name: 'carrier_organisation_id', type: 'integer', nullable: true })
  carrierOrganisationId: number | null;

  @Column({ type: 'text', nullable: true })
  tagline: string | null;

  @Column({ type: 'text', nullable: true })
  mission: string | null;

  @Column({ name: 'public_service_contribution', type: 'text', nullable: true })
  publicServiceContribution: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ type: 'text', nullable: true })
  territory: string | null;

  @Column({ type: 'text', default: 'phase1' })
  phase: LaureatePhase;

  @Column({ name: 'acceleration_manager_id', type: 'integer', nullable: true })
  accelerationManagerId: number | null;

  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn: string | null;

  @Column({ name: 'phase2_started_on', type: 'date', nullable: true })
  phase2StartedOn: string | null;

  @Column({ name: 'ended_on', type: 'date', nullable: true })
  endedOn: string | null;

  @Column({ name: 'next_steps', type: 'text', nullable: true })
  nextSteps: string | null;

  @Column({ type: 'text', nullable: true })
  results: string | null;

  @Column({ type: 'text', default: 'on_track' })
  health: Health;

  @Column({ name: 'health_reason', type: 'text', nullable: true })
  healthReason: string | null;

  /** Set by "archive" (never by PUT): the laureate leaves the everyday lists and cannot be edited until restored. */
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
