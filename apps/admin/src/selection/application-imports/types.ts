export const IMPORT_FIELDS = [
  'reference',
  'projectName',
  'carrierName',
  'carrierKind',
  'carrierSiret',
  'carrierRna',
  'contactName',
  'contactEmail',
  'summary',
  'submittedAt',
  'sourceState',
  'sourceUpdatedAt',
  'track',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
/** Fields without which no application can be made: the API refuses a mapping without them. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['reference', 'projectName', 'carrierName'];

export type ImportMapping = Partial<Record<ImportField, string | null>>;

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
