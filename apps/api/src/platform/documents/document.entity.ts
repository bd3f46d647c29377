import type { DocumentKind } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';

/**
 * A file kept next to the record it belongs to (one of laureate, grant, disbursement, committee). The file fields
 * describe its current version (`fileVersion`); earlier ones stay in `document_versions`. A deleted document keeps
 * its row and its files (`deletedAt`) for the audit trail, and is no longer listed or served.
 */
@Entity({ name: 'documents' })
export class Document extends VersionedEntity {
  @Column({ name: 'laureate_id', type: 'integer', nullable: true })
  laureateId: number | null;

  @Column({ name: 'grant_id', type: 'integer', nullable: true })
  grantId: number | null;

  @Column({ name: 'disbursement_id', type: 'integer', nullable: true })
  disbursementId: number | null;

  @Column({ name: 'committee_id', type: 'integer', nullable: true })
  committeeId: number | null;

  @Column({ type: 'text' })
  kind: DocumentKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'file_version', type: 'integer', default: 1 })
  fileVersion: number;

  @Column({ name: 'uploaded_by', type: 'integer', nullable: true })
  uploadedBy: number | null;

  @Column({ name: 'uploaded_at', type: 'timestamptz' })
  uploadedAt: Date;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true, select: false })
  deletedAt: Date | null;

  @Column({ name: 'deleted_by', type: 'integer', nullable: true, select: false })
  deletedBy: number | null;
}
