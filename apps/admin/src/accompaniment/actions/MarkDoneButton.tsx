import DoneIcon from '@mui/icons-material/Done';
import type { MouseEvent } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { useChangeWithUndo } from '../../common/useChangeWithUndo';

/** One click: status "done" with the version read (a stale one answers 409), undoable from the notification. */
export const MarkDoneButton = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { change, isPending } = useChangeWithUndo();
  if (!record || record.status === 'done' || record.status === 'cancelled') return null;
  const markDone = (event: MouseEvent) => {
    event.stopPropagation(); // not a click on the row
    change({ resource: 'actions', record, changes: { status: 'done' }, message: 'aic.accompaniment.actions.markedDone' });
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
