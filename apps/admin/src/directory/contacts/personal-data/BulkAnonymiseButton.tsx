import PersonOffIcon from '@mui/icons-material/PersonOff';
import { useState } from 'react';
import { Button, Confirm, type HttpError, useListContext, useNotify, useRefresh, useUnselectAll } from 'react-admin';
import { httpClient } from '../../../dataProvider';

/** Anonymises the selected contacts (typically those whose retention period is over), after a confirmation naming how many. */
export const BulkAnonymiseButton = () => {
  const { selectedIds } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('contacts');
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const count = { smart_count: selectedIds.length };

  const anonymise = async () => {
    setLoading(true);
    let done = 0;
    try {
      // One at a time: each is its own audited transaction, and the API is not flooded.
      for (const id of selectedIds) {
        await httpClient(`/api/contacts/${id}/anonymise`, { method: 'POST' });
        done += 1;
      }
      notify('aic.personalData.bulkDone', { type: 'info', messageArgs: { smart_count: done } });
      unselectAll();
    } catch (error) {
      notify('aic.personalData.failed', { type: 'error', messageArgs: { message: (error as HttpError).message } });
    } finally {
      setLoading(false);
      setOpen(false);
      refresh();
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
        title="aic.personalData.bulkTitle"
        titleTranslateOptions={count}
        content="aic.personalData.bulkContent"
        contentTranslateOptions={count}
        confirm="aic.personalData.anonymise"
        onConfirm={anonymise}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
