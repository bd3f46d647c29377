import { Column, Entity } from 'typeorm';
import { eurosTransformer } from '../../common/crud/euros.transformer.js';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

@Entity({ name: 'disbursements' })
export class Disbursement extends VersionedEntity {
  @Column({ name: 'grant_id', type: 'integer' })
  grantId: number;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: eurosTransformer })
  amount: number;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn: string;

  @Column({ type: 'text', nullable: true })
  reference: string | null;
}
