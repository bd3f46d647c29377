import type { OrganisationKind } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

@Entity({ name: 'organisations' })
export class Organisation extends VersionedEntity {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  kind: OrganisationKind;

  @Column({ name: 'parent_id', type: 'integer', nullable: true })
  parentId: number | null;

  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Column({ type: 'text', nullable: true })
  territory: string | null;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** SIRET (14 digits) of the establishment: how a promoted application finds its carrier. */
  @Column({ type: 'text', nullable: true })
  siret: string | null;

  /** RNA number of an association (W + 9 characters). */
  @Column({ type: 'text', nullable: true })
  rna: string | null;
}
