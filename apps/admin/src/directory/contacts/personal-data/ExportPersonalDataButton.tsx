import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, type HttpError, useNotify, useRecordContext } from 'react-admin';
import { saveFile } from '../../../common/download';
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
      saveFile(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }), filename);
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
