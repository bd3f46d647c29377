import { getToken } from '../../../authStorage';
import { withUiLanguage } from '../../../i18n';

/** A link cannot carry the bearer token: fetch the PDF with it, then hand the blob to the browser as a download. */
export async function downloadBriefingPdf(committeeId: number | string): Promise<void> {
  const response = await fetch(`/api/committees/${committeeId}/briefing.pdf`, {
    headers: withUiLanguage({ Authorization: `Bearer ${getToken()}`, Accept: 'application/pdf' }),
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `dossier-comite-${committeeId}.pdf`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
