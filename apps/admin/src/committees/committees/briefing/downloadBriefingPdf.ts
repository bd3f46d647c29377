import { downloadPdf } from '../../../common/downloadPdf';

export const downloadBriefingPdf = (committeeId: number | string): Promise<void> =>
  downloadPdf(`/api/committees/${committeeId}/briefing.pdf`, `dossier-comite-${committeeId}.pdf`);
