export interface DsSyncRecord {
  id: number;
  callId: number;
  procedureNumber: number;
  enabled: boolean;
  status: 'never' | 'running' | 'succeeded' | 'failed';
  lastError: string | null;
  lastCounts: { fetched?: number; created?: number; updated?: number; deleted?: number; rejected?: number };
  lastRowErrors: { row: number; reference: string | null; reasons: { fr: string; en: string }[] }[];
}
