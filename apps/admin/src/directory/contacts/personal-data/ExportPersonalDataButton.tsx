import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, type HttpError, useNotify, useRecordContext } from 'react-admin';
import { httpClient } from '../../../dataProvider';

/** Right of access: downloads all that is held about the contact as a JSON file (the API audits the export). */
export const ExportPersonalDataButton = () => {
  const record = useRecordContext();
  const notify = useNotify();
  const [loading, setLoading] = useState(false);
  if (!record) return null;

  const download = async () => {
    setLoading(true);
    try {
      const { json } = await httpClient(`/api/contacts/${record.id}/personal-data`);
      const filename = `contact-${record.id}-donnees-personnelles.json`;
      const url = URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }));
      const link = Object.assign(document.createElement('a'), { href: url, download: filename });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      notify('aic.personalData.exported', { type: 'info', messageArgs: { filename } });
    } catch (error) {
      notify('aic.personalData.failed', { type: 'error', messageArgs: { message: (error as HttpError).message } });
    } finally {
      setLoading(false);
    }
  };

  return (
    <Button label="aic.personalData.export" onClick={download} disabled={loading}>
      <DownloadIcon />
    </Button>
  );
};
