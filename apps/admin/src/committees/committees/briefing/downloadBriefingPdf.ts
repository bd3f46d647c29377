import { downloadPdf } from '../../../common/download';

export const downloadBriefingPdf = (committeeId: number | string): Promise<void> =>
  downloadPdf(`/api/committees/${committeeId}/briefing.pdf`, `dossier-comite-${committeeId}.pdf`);
