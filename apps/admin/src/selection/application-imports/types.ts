import type { ImportMapping } from '@aic/domain';

export interface ImportRecord {
  id: number;
  callId: number;
  fileName: string;
  format: 'csv' | 'xlsx';
  status: 'uploaded' | 'running' | 'done' | 'failed';
  headers: string[];
  preview: string[][];
  mapping: ImportMapping;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  errorCount: number;
  error: { fr: string; en: string } | null;
}

export interface RowError {
  row: number;
  reference: string | null;
  reasons: { fr: string; en: string }[];
}
