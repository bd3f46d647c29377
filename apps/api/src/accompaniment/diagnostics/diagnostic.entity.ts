import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

@Entity({ name: 'diagnostics' })
export class Diagnostic extends VersionedEntity {
  @Column({ name: 'laureate_id', type: 'integer' })
  laureateId: number;

  @Column({ name: 'season_id', type: 'integer' })
  seasonId: number;

  @Column({ name: 'held_on', type: 'date', nullable: true })
  heldOn: string | null;

  @Column({ type: 'text', nullable: true })
  participants: string | null;

  @Column({ type: 'text', nullable: true })
  strengths: string | null;

  @Column({ type: 'text', nullable: true })
  weaknesses: string | null;

  @Column({ name: 'needs_consolidate', type: 'text', nullable: true })
  needsConsolidate: string | null;

  @Column({ name: 'needs_integrate', type: 'text', nullable: true })
  needsIntegrate: string | null;

  @Column({ name: 'needs_deploy', type: 'text', nullable: true })
  needsDeploy: string | null;
}
