import type { ActionStatus, Axis, SupportType } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

@Entity({ name: 'actions' })
export class Action extends VersionedEntity {
  @Column({ name: 'laureate_id', type: 'integer' })
  laureateId: number;

  @Column({ name: 'objective_id', type: 'integer', nullable: true })
  objectiveId: number | null;

  @Column({ type: 'text' })
  axis: Axis;

  @Column({ name: 'support_type', type: 'text' })
  supportType: SupportType;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', default: 'planned' })
  status: ActionStatus;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;

  @Column({ name: 'owner_id', type: 'integer', nullable: true })
  ownerId: number | null;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;
}
