import type { Panel } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

/** An application given to an evaluator to score, in the evaluator's panel. */
@Entity({ name: 'evaluator_assignments' })
export class EvaluatorAssignment extends VersionedEntity {
  @Column({ name: 'application_id', type: 'integer' })
  applicationId: number;

  @Column({ name: 'evaluator_id', type: 'integer' })
  evaluatorId: number;

  @Column({ type: 'text' })
  panel: Panel;
}
