import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One uploaded file of a document; a new upload adds a version and keeps the previous ones. */
@Entity({ name: 'document_versions' })
export class DocumentVersion {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'document_id', type: 'integer' })
  documentId: number;

  @Column({ type: 'integer' })
  number: number;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ name: 'media_type', type: 'text' })
  mediaType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'text' })
  sha256: string;

  /** Where the bytes are in the file storage: the API's own key, never shown to clients. */
  @Column({ name: 'storage_key', type: 'text', select: false })
  storageKey: string;

  @Column({ name: 'uploaded_by', type: 'integer', nullable: true })
  uploadedBy: number | null;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt: Date;
}
