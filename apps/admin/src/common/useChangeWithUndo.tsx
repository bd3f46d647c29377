import UndoIcon from '@mui/icons-material/Undo';
import { Button } from '@mui/material';
import { type RaRecord, useCloseNotification, useNotify, useTranslate, useUpdate } from 'react-admin';

interface QuickChange {
  resource: string;
  record: RaRecord;
  /** The fields that change; their current values are what "Annuler" puts back. */
  changes: Record<string, unknown>;
  /** Translation key of the confirmation shown after the save (with `messageArgs`). */
  message: string;
  messageArgs?: Record<string, unknown>;
}

const UNDO_WINDOW_MS = 10_000;

const errorText = (error: unknown) => (error as Error)?.message || 'ra.notification.http_error';

const UndoButton = ({ onUndo }: { onUndo: () => void }) => {
  const translate = useTranslate();
  const close = useCloseNotification();
  return (
    <Button
      color="inherit"
      size="small"
      startIcon={<UndoIcon />}
      onClick={() => {
        close();
        onUndo();
      }}
    >
      {translate('aic.undo.action')}
    </Button>
  );
};

/**
 * A one-click state change ("Marquer comme fait", "Étape suivante"), saved at once with the version read, then
 * undoable for a while: the notification's "Annuler" writes the previous values back (a new, audited change; a
 * stale version answers 409 like any other edit). Saved on the server first, so nothing is lost if the tab closes.
 */
export function useChangeWithUndo() {
  const [update, { isPending }] = useUpdate();
  const notify = useNotify();

  const change = ({ resource, record, changes, message, messageArgs }: QuickChange) => {
    const previous = Object.fromEntries(Object.keys(changes).map((field) => [field, record[field] ?? null]));
    const undo = (saved: RaRecord) =>
      update(
        resource,
        { id: record.id, data: { ...previous, version: saved.version }, previousData: saved },
        {
          mutationMode: 'pessimistic',
          onSuccess: () => notify('aic.undo.done', { type: 'info' }),
          onError: (error: unknown) => notify(errorText(error), { type: 'error' }),
        },
      );
    update(
      resource,
      { id: record.id, data: { ...changes, version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: (saved: RaRecord) =>
          notify(message, {
            type: 'success',
            messageArgs,
            autoHideDuration: UNDO_WINDOW_MS,
            action: <UndoButton onUndo={() => undo(saved)} />,
          }),
        onError: (error: unknown) => notify(errorText(error), { type: 'error' }),
      },
    );
  };
  return { change, isPending };
}
