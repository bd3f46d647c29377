import type { ImportMapping } from '@aic/domain';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '../../common/crud/versioned.entity.js';
import type { Bilingual } from '../../common/errors/bilingual.js';
import type { ImportFormat } from './import-file-reader.js';

export const IMPORT_STATUSES = ['uploaded', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** A row of the file that did not become an application: its position (the header is row 1), why, and its cells. */
export interface ImportRowError {
  row: number;
  reference: string | null;
  reasons: Bilingual[];
  cells: string[];
}

/** An uploaded export file of a call, then its import: the admin polls it for the progress. */
@Entity({ name: 'application_imports' })
export class ApplicationImport extends VersionedEntity {
  @Column({ name: 'call_id', type: 'integer' })
  callId: number;

  @Column({ name: 'file_name', type: 'text' })
  fileName: string;

  @Column({ type: 'text' })
  format: ImportFormat;

  @Column({ name: 'file_size', type: 'integer' })
  fileSize: number;

  /** The file as uploaded, kept until it is imported. */
  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @Column({ type: 'jsonb' })
  headers: string[];

  /** The first rows, for the mapping step. */
  @Column({ type: 'jsonb' })
  preview: string[][];

  @Column({ type: 'jsonb' })
  mapping: ImportMapping;

  @Column({ type: 'text', default: 'uploaded' })
  status: ImportStatus;

  @Column({ name: 'total_rows', type: 'integer' })
  totalRows: number;

  @Column({ name: 'processed_rows', type: 'integer', default: 0 })
  processedRows: number;

  @Column({ name: 'created_count', type: 'integer', default: 0 })
  createdCount: number;

  @Column({ name: 'updated_count', type: 'integer', default: 0 })
  updatedCount: number;

  @Column({ name: 'unchanged_count', type: 'integer', default: 0 })
  unchangedCount: number;

  @Column({ name: 'error_count', type: 'integer', default: 0 })
  errorCount: number;

  @Column({ name: 'row_errors', type: 'jsonb', default: () => `'[]'`, select: false })
  rowErrors: ImportRowError[];

  /** Why the whole import failed (nothing was written). */
  @Column({ type: 'jsonb', nullable: true })
  error: Bilingual | null;

  @Column({ name: 'created_by', type: 'integer', nullable: true })
  createdBy: number | null;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
