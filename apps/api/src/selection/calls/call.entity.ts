import type { CallStatus, Track } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

/** Weights are small decimals (numeric(6,2)), answered as numbers. */
const weight = { type: 'numeric', precision: 6, scale: 2, default: 1, transformer: { to: (v: number | null | undefined) => v, from: (v: string | null) => (v === null ? null : Number(v)) } } as const;

/** A call for applications (appel à candidatures) of a season and track, with the weights of its ranking. */
@Entity({ name: 'calls' })
export class Call extends VersionedEntity {
  @Column({ name: 'season_id', type: 'integer' })
  seasonId: number;

  @Column({ type: 'text' })
  track: Track;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'opens_on', type: 'date', nullable: true })
  opensOn: string | null;

  @Column({ name: 'closes_on', type: 'date', nullable: true })
  closesOn: string | null;

  @Column({ type: 'text', default: 'draft' })
  status: CallStatus;

  @Column({ name: 'general_interest_weight', ...weight })
  generalInterestWeight: number;

  @Column({ name: 'impact_weight', ...weight })
  impactWeight: number;

  @Column({ name: 'maturity_weight', ...weight })
  maturityWeight: number;

  @Column({ name: 'carrier_weight', ...weight })
  carrierWeight: number;

  @Column({ name: 'shared_governance_weight', ...weight })
  sharedGovernanceWeight: number;

  @Column({ name: 'jury_weight', ...weight })
  juryWeight: number;

  @Column({ name: 'citizen_weight', ...weight })
  citizenWeight: number;
}
