import type { GrantPurpose, GrantStatus } from '@aic/domain';
import { Column, Entity, VirtualColumn } from 'typeorm';
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

  // Follow-up from the grant's documents (view grant_follow_up): read-only.
  /** A signed agreement (document of kind grant_agreement) is on file. */
  @VirtualColumn({ type: 'boolean', query: (alias) => `SELECT f.agreement_signed FROM grant_follow_up f WHERE f.grant_id = ${alias}.id` })
  agreementSigned: boolean;

  /** Activity reports and expense justifications on file, on the grant or its disbursements. */
  @VirtualColumn({ type: 'integer', query: (alias) => `SELECT f.reports_received FROM grant_follow_up f WHERE f.grant_id = ${alias}.id` })
  reportsReceived: number;

  /** The justification was due (justificationDueOn passed), is not marked received, and no report is on file. */
  @VirtualColumn({ type: 'boolean', query: (alias) => `SELECT f.report_missing FROM grant_follow_up f WHERE f.grant_id = ${alias}.id` })
  reportMissing: boolean;
}
