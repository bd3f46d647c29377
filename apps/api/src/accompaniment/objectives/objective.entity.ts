import type { Axis, ObjectiveStatus } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

/** A line of the roadmap (feuille de route). */
@Entity({ name: 'objectives' })
export class Objective extends VersionedEntity {
  @Column({ name: 'laureate_id', type: 'integer' })
  laureateId: number;

  @Column({ name: 'diagnostic_id', type: 'integer', nullable: true })
  diagnosticId: number | null;

  @Column({ type: 'text' })
  axis: Axis;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate: string | null;

  @Column({ type: 'text', default: 'open' })
  status: ObjectiveStatus;
}
