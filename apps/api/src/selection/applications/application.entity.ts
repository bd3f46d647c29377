import type { ApplicationAnswer, ApplicationStatus, CarrierKind } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

/** An application (candidature) to a call, as received from the forms platform, and where the selection put it. */
@Entity({ name: 'applications' })
export class Application extends VersionedEntity {
  @Column({ name: 'call_id', type: 'integer' })
  callId: number;

  /** The call's season (kept equal by a composite foreign key). */
  @Column({ name: 'season_id', type: 'integer' })
  seasonId: number;

  /** The source file number (numéro de dossier), unique per call. */
  @Column({ type: 'text' })
  reference: string;

  @Column({ name: 'project_name', type: 'text' })
  projectName: string;

  @Column({ name: 'carrier_name', type: 'text' })
  carrierName: string;

  @Column({ name: 'carrier_kind', type: 'text', nullable: true })
  carrierKind: CarrierKind | null;

  @Column({ name: 'carrier_siret', type: 'text', nullable: true })
  carrierSiret: string | null;

  @Column({ name: 'carrier_rna', type: 'text', nullable: true })
  carrierRna: string | null;

  @Column({ name: 'contact_name', type: 'text', nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail: string | null;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  /** Every other field of the form, kept as submitted, in order. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  answers: ApplicationAnswer[];

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** The forms platform's own state of the file (en_construction, en_instruction, accepte…). */
  @Column({ name: 'source_state', type: 'text', nullable: true })
  sourceState: string | null;

  @Column({ name: 'source_updated_at', type: 'timestamptz', nullable: true })
  sourceUpdatedAt: Date | null;

  @Column({ type: 'text', default: 'received' })
  status: ApplicationStatus;

  @Column({ name: 'eligibility_reason', type: 'text', nullable: true })
  eligibilityReason: string | null;

  /** Why the last status change was made (bulk actions, rejection). */
  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ name: 'laureate_id', type: 'integer', nullable: true })
  laureateId: number | null;
}
