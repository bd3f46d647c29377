import type { GrantPurpose, GrantStatus } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { eurosTransformer } from '../../common/crud/euros.transformer.js';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

/** A subsidy (subvention) to a laureate, counted against its season's funding envelope. */
@Entity({ name: 'grants' })
export class Grant extends VersionedEntity {
  @Column({ name: 'laureate_id', type: 'integer' })
  laureateId: number;

  @Column({ name: 'decision_id', type: 'integer', nullable: true })
  decisionId: number | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: eurosTransformer })
  amount: number;

  @Column({ type: 'text' })
  purpose: GrantPurpose;

  @Column({ type: 'text', default: 'proposed' })
  status: GrantStatus;

  @Column({ name: 'agreement_signed_on', type: 'date', nullable: true })
  agreementSignedOn: string | null;

  @Column({ name: 'justification_due_on', type: 'date', nullable: true })
  justificationDueOn: string | null;

  @Column({ name: 'justification_received_on', type: 'date', nullable: true })
  justificationReceivedOn: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
