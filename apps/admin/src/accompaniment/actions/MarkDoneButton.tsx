import DoneIcon from '@mui/icons-material/Done';
import type { MouseEvent } from 'react';
import { Button, useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';

/** One click: PUT status "done" with the version read (a stale one answers 409, shown as an error). */
export const MarkDoneButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  if (!record || record.status === 'done' || record.status === 'cancelled') return null;
  const markDone = (event: MouseEvent) => {
    event.stopPropagation(); // not a click on the row
    update(
      'actions',
      { id: record.id, data: { status: 'done', version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify('aic.accompaniment.actions.markedDone', { type: 'success' }),
        onError: (error: unknown) => notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' }),
      },
    );
  };
  return (
    <Button
      label="aic.accompaniment.actions.markDone"
      aria-label={translate('aic.accompaniment.actions.markDoneOf', { title: record.title })}
      onClick={markDone}
      disabled={isPending}
    >
      <DoneIcon />
    </Button>
  );
};
