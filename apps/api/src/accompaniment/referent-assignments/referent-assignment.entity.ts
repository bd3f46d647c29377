import type { ReferentKind } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

@Entity({ name: 'referent_assignments' })
export class ReferentAssignment extends VersionedEntity {
  @Column({ name: 'laureate_id', type: 'integer' })
  laureateId: number;

  @Column({ name: 'user_id', type: 'integer' })
  userId: number;

  @Column({ type: 'text' })
  kind: ReferentKind;

  @Column({ name: 'organisation_id', type: 'integer', nullable: true })
  organisationId: number | null;

  @Column({ type: 'date', nullable: true })
  since: string | null;
}
