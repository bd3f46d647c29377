import DownloadIcon from '@mui/icons-material/Download';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import PublicIcon from '@mui/icons-material/Public';
import PublicOffIcon from '@mui/icons-material/PublicOff';
import { Stack } from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, type HttpError, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { getToken } from '../../authStorage';
import { httpClient } from '../../dataProvider';
import { downloadPdf } from '../../common/download';
import { withUiLanguage } from '../../i18n';

/** Publish or unpublish the season (confirmed, audited by the API), and the booklet in one click. */
export const PublicationButtons = () => {
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  if (!record) return null;
  const act = record.published ? 'unpublish' : 'publish';

  const toggle = async () => {
    setLoading(true);
    try {
      await httpClient(`/api/season-publications/${record.id}/${act}`, { method: 'POST' });
      notify(`aic.publication.${act}ed`, { type: 'info' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify('aic.publication.failed', { type: 'error', messageArgs: { message: (error as HttpError).message } });
    } finally {
      setLoading(false);
    }
  };
  const fail = () => notify('aic.publication.bookletFailed', { type: 'error' });
  // A link cannot carry the bearer token: fetch the page, then open it from memory for printing.
  const openHtml = async () => {
    const view = window.open('', '_blank');
    try {
      const response = await fetch(`/api/season-publications/${record.id}/booklet.html`, { headers: withUiLanguage({ Authorization: `Bearer ${getToken()}` }) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const url = URL.createObjectURL(new Blob([await response.text()], { type: 'text/html' }));
      if (view) view.location.href = url;
      else window.location.href = url;
    } catch {
      view?.close();
      fail();
    }
  };

  return (
    <Stack direction="row" spacing={1} flexWrap="wrap" useFlexGap sx={{ mb: 2 }}>
      <Button label={`aic.publication.${act}`} variant="contained" onClick={() => setOpen(true)}>
        {record.published ? <PublicOffIcon /> : <PublicIcon />}
      </Button>
      <Button label="aic.publication.bookletPdf" onClick={() => downloadPdf(`/api/season-publications/${record.id}/booklet.pdf`, `livret-saison-${record.year}.pdf`).catch(fail)}>
        <DownloadIcon />
      </Button>
      <Button label="aic.publication.bookletHtml" onClick={openHtml}>
        <OpenInNewIcon />
      </Button>
      {record.published && (
        <Button label="aic.publication.publicPage" onClick={() => window.open(`/resultats/${record.year}`, '_blank', 'noopener')}>
          <OpenInNewIcon />
        </Button>
      )}
      <Confirm
        isOpen={open}
        loading={loading}
        title={`aic.publication.${act}Title`}
        titleTranslateOptions={{ name: record.seasonName }}
        content={translate(`aic.publication.${act}Content`, { year: record.year })}
        confirm={`aic.publication.${act}`}
        onConfirm={toggle}
        onClose={() => setOpen(false)}
      />
    </Stack>
  );
};
