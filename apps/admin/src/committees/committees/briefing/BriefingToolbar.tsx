import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { useState } from 'react';
import { Button, LinkBase, TopToolbar, useNotify } from 'react-admin';
import { downloadBriefingPdf } from './downloadBriefingPdf';

/** Back to the committee, print this page, or download the PDF rendered by the API. */
export const BriefingToolbar = ({ committeeId }: { committeeId: number }) => {
  const notify = useNotify();
  const [downloading, setDownloading] = useState(false);
  const download = () => {
    setDownloading(true);
    downloadBriefingPdf(committeeId)
      .catch(() => notify('aic.briefing.downloadError', { type: 'error' }))
      .finally(() => setDownloading(false));
  };
  return (
    <TopToolbar className="aic-no-print">
      <Button label="aic.run.backToCommittee" component={LinkBase} to={`/committees/${committeeId}/show`}>
        <ArrowBackIcon />
      </Button>
      <Button label="aic.briefing.print" onClick={() => window.print()}>
        <PrintIcon />
      </Button>
      <Button label="aic.briefing.downloadPdf" variant="contained" onClick={download} disabled={downloading}>
        <DownloadIcon />
      </Button>
    </TopToolbar>
  );
};
