import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

export interface LaureateMembership {
  laureateId: number;
  role?: string | null;
}

@Entity({ name: 'contacts' })
export class Contact extends VersionedEntity {
  @Column({ name: 'first_name', type: 'text' })
  firstName: string;

  @Column({ name: 'last_name', type: 'text' })
  lastName: string;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'job_title', type: 'text', nullable: true })
  jobTitle: string | null;

  @Column({ name: 'organisation_id', type: 'integer', nullable: true })
  organisationId: number | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** Set once the contact is anonymised (right to erasure): its personal fields are then blank for good. */
  @Column({ name: 'anonymised_at', type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null;

  /** Project teams the contact belongs to (table laureate_contacts), loaded and saved by ContactsService. */
  laureates?: LaureateMembership[];
}
