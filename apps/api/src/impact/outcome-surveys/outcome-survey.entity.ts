import type { AutonomyLevel, OutcomeSurveyStatus } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

/** What a laureate got from the accelerator, filled in at the end of its accompaniment; one per laureate. */
@Entity({ name: 'outcome_surveys' })
export class OutcomeSurvey extends VersionedEntity {
  @Column({ name: 'laureate_id', type: 'integer' })
  laureateId: number;

  @Column({ name: 'months_saved', type: 'integer', nullable: true })
  monthsSaved: number | null;

  @Column({ name: 'autonomy_with_administrations', type: 'text', nullable: true })
  autonomyWithAdministrations: AutonomyLevel | null;

  @Column({ name: 'new_partners_met', type: 'integer', nullable: true })
  newPartnersMet: number | null;

  @Column({ name: 'interministerial_actions', type: 'integer', nullable: true })
  interministerialActions: number | null;

  @Column({ type: 'text', nullable: true })
  quote: string | null;

  @Column({ name: 'what_the_accelerator_enabled', type: 'text', nullable: true })
  whatTheAcceleratorEnabled: string | null;

  @Column({ name: 'next_steps', type: 'text', nullable: true })
  nextSteps: string | null;

  @Column({ type: 'text', default: 'draft' })
  status: OutcomeSurveyStatus;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'validated_at', type: 'timestamptz', nullable: true })
  validatedAt: Date | null;

  @Column({ name: 'validated_by_id', type: 'integer', nullable: true })
  validatedById: number | null;
}
