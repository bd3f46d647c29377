import type { PartnershipPurpose, PartnershipStatus } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

@Entity({ name: 'partnerships' })
export class Partnership extends VersionedEntity {
  @Column({ name: 'laureate_id', type: 'integer' })
  laureateId: number;

  @Column({ name: 'organisation_id', type: 'integer' })
  organisationId: number;

  @Column({ name: 'contact_id', type: 'integer', nullable: true })
  contactId: number | null;

  @Column({ type: 'text' })
  purpose: PartnershipPurpose;

  @Column({ type: 'date', nullable: true })
  since: string | null;

  @Column({ type: 'text', default: 'identified' })
  status: PartnershipStatus;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
