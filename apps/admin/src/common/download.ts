import { getToken } from '../authStorage';
import { withUiLanguage } from '../i18n';

/** Hands a file made in the page to the browser as a download. */
export function saveFile(blob: Blob, fileName: string): void {
  const objectUrl = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: objectUrl, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}

/** A link cannot carry the bearer token: fetch the file (in the UI's language) with it, then save it. */
export async function downloadFile(url: string, fileName: string, accept = '*/*'): Promise<void> {
  const response = await fetch(url, { headers: withUiLanguage({ Authorization: `Bearer ${getToken()}`, Accept: accept }) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  saveFile(await response.blob(), fileName);
}

export const downloadPdf = (url: string, fileName: string): Promise<void> => downloadFile(url, fileName, 'application/pdf');
