import { getToken } from '../../authStorage';
import { withUiLanguage } from '../../i18n';

/** Sends a multipart upload (fields first, then the file, as the API reads them); rejects with the API's message. */
export async function uploadDocument(url: string, fields: Record<string, string | number>, file: File): Promise<unknown> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, String(value));
  form.append('file', file, file.name);
  const response = await fetch(url, { method: 'POST', body: form, headers: withUiLanguage({ Authorization: `Bearer ${getToken()}`, Accept: 'application/json' }) });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(typeof body?.message === 'string' ? body.message : `HTTP ${response.status}`);
  return body;
}

/** "1,2 Mo", "350 ko": the size of a file as a reader counts it. */
export function fileSize(bytes: number, locale: string): string {
  const format = (value: number, unit: string) => `${value.toLocaleString(locale, { maximumFractionDigits: 1 })} ${unit}`;
  const [kb, mb] = locale.startsWith('fr') ? ['ko', 'Mo'] : ['kB', 'MB'];
  if (bytes < 1024 * 1024) return format(Math.max(1, Math.round(bytes / 1024)), kb);
  return format(bytes / 1024 / 1024, mb);
}
