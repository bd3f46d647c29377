import { getToken } from '../authStorage';
import { withUiLanguage } from '../i18n';

/** A link cannot carry the bearer token: fetch the PDF (in the UI's language) with it, then hand it to the browser as a download. */
export async function downloadPdf(url: string, fileName: string): Promise<void> {
  const response = await fetch(url, { headers: withUiLanguage({ Authorization: `Bearer ${getToken()}`, Accept: 'application/pdf' }) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const objectUrl = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 10_000);
}
