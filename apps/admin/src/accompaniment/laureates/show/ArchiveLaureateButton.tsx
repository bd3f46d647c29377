import ArchiveIcon from '@mui/icons-material/Archive';
import UnarchiveIcon from '@mui/icons-material/Unarchive';
import { useState } from 'react';
import { Button, Confirm, type HttpError, type RaRecord, useGetResourceLabel, useNotify, useRefresh, useTranslate } from 'react-admin';
import { httpClient } from '../../../dataProvider';

export interface LaureateHistory {
  records: Record<string, number>;
  deletable: boolean;
}

/** "3 actions, 12 échanges, 1 décision": what hangs off the laureate, in the UI's words. */
const useDescribeHistory = () => {
  const getResourceLabel = useGetResourceLabel();
  return (history: LaureateHistory) =>
    Object.entries(history.records)
      .map(([resource, n]) => `${n} ${getResourceLabel(resource, n).toLocaleLowerCase()}`)
      .join(', ');
};

/** POST archive or restore with the version read; the page reloads the laureate after. */
const useArchiveChange = (record: RaRecord, change: 'archive' | 'restore') => {
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  const run = async () => {
    setPending(true);
    try {
      await httpClient(`/api/laureates/${record.id}/${change}`, { method: 'POST', body: JSON.stringify({ version: record.version }) });
      notify(`aic.accompaniment.archive.${change}d`, { type: 'success', messageArgs: { name: record.name } });
      refresh();
    } catch (error) {
      notify((error as HttpError)?.message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
    }
  };
  return { run, pending };
};

/**
 * Instead of deleting a laureate with a history (which the API refuses): archive it after a confirmation that names
 * it and says what it keeps and what changes.
 */
export const ArchiveLaureateButton = ({ record, history }: { record: RaRecord; history: LaureateHistory }) => {
  const translate = useTranslate();
  const describe = useDescribeHistory();
  const [open, setOpen] = useState(false);
  const { run, pending } = useArchiveChange(record, 'archive');
  return (
    <>
      <Button label="aic.accompaniment.archive.action" onClick={() => setOpen(true)} disabled={pending}>
        <ArchiveIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title={translate('aic.accompaniment.archive.title', { name: record.name })}
        content={translate('aic.accompaniment.archive.content', { history: describe(history) })}
        confirm="aic.accompaniment.archive.confirm"
        onConfirm={async () => {
          await run();
          setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

export const RestoreLaureateButton = ({ record }: { record: RaRecord }) => {
  const { run, pending } = useArchiveChange(record, 'restore');
  return (
    <Button label="aic.accompaniment.archive.restore" onClick={run} disabled={pending}>
      <UnarchiveIcon />
    </Button>
  );
};
