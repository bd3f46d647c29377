import { getToken } from '../../authStorage';
import { withUiLanguage } from '../../i18n';
import type { ImportRecord } from './types';

/** The file goes as the request body, as is (no form encoding): the API streams it into its parser. */
export async function uploadImport(callId: number, file: File): Promise<ImportRecord> {
  const url = `/api/application-imports?callId=${callId}&fileName=${encodeURIComponent(file.name)}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: withUiLanguage({ Authorization: `Bearer ${getToken()}`, 'Content-Type': file.type || 'application/octet-stream', Accept: 'application/json' }),
    body: file,
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(typeof body.message === 'string' ? body.message : `HTTP ${response.status}`);
  return body as ImportRecord;
}

/** The rows in error as the API writes them (CSV, the UI's language), saved by the browser. */
export async function downloadRowErrors(id: number): Promise<Blob> {
  const response = await fetch(`/api/application-imports/${id}/row-errors.csv`, { headers: withUiLanguage({ Authorization: `Bearer ${getToken()}`, Accept: 'text/csv' }) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.blob();
}
