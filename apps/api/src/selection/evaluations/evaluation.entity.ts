import type { EvaluationStatus, Panel } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

/** One evaluator's scores (0–5) of an assigned application on the five published criteria. */
@Entity({ name: 'evaluations' })
export class Evaluation extends VersionedEntity {
  @Column({ name: 'application_id', type: 'integer' })
  applicationId: number;

  @Column({ name: 'evaluator_id', type: 'integer' })
  evaluatorId: number;

  @Column({ type: 'text' })
  panel: Panel;

  @Column({ name: 'general_interest', type: 'smallint', nullable: true })
  generalInterest: number | null;

  @Column({ type: 'smallint', nullable: true })
  impact: number | null;

  @Column({ type: 'smallint', nullable: true })
  maturity: number | null;

  @Column({ type: 'smallint', nullable: true })
  carrier: number | null;

  @Column({ name: 'shared_governance', type: 'smallint', nullable: true })
  sharedGovernance: number | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** Declared by the evaluator: the evaluation counts for nothing, and the application's scores stay hidden from them. */
  @Column({ name: 'conflict_of_interest', type: 'boolean', default: false })
  conflictOfInterest: boolean;

  @Column({ type: 'text', default: 'draft' })
  status: EvaluationStatus;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}
