import PersonOffIcon from '@mui/icons-material/PersonOff';
import { useState } from 'react';
import { Button, Confirm, type HttpError, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { httpClient } from '../../../dataProvider';

/** Right to erasure, after a confirmation that names the contact and says what is lost. */
export const AnonymiseButton = () => {
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  if (!record || record.anonymisedAt) return null;

  const anonymise = async () => {
    setLoading(true);
    try {
      await httpClient(`/api/contacts/${record.id}/anonymise`, { method: 'POST' });
      notify('aic.personalData.anonymised', { type: 'info' });
      setOpen(false);
      refresh();
    } catch (error) {
      notify('aic.personalData.failed', { type: 'error', messageArgs: { message: (error as HttpError).message } });
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button label="aic.personalData.anonymise" onClick={() => setOpen(true)}>
        <PersonOffIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={loading}
        title="aic.personalData.anonymiseTitle"
        titleTranslateOptions={{ name: `${record.firstName} ${record.lastName}` }}
        content="aic.personalData.anonymiseContent"
        confirm="aic.personalData.anonymise"
        onConfirm={anonymise}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
