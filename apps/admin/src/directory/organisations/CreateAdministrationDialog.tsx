import { Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { type FormEvent, useState } from 'react';
import { Button, type HttpError, useCreate, useCreateSuggestionContext, useNotify, useTranslate } from 'react-admin';
import { administrationKindChoices } from '../../common/choices';

/** Creates the administration the user typed but did not find, without leaving the form it is picked in. */
export const CreateAdministrationDialog = () => {
  const { filter, onCancel, onCreate } = useCreateSuggestionContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [create, { isPending }] = useCreate();
  const [name, setName] = useState(filter ?? '');
  const [kind, setKind] = useState<string>('directorate');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create('organisations', { data: { name, kind } }, {
      onSuccess: (record) => onCreate(record),
      onError: (error) => notify((error as HttpError).message, { type: 'error' }),
    });
  };
  return (
    <Dialog open onClose={onCancel} aria-labelledby="create-administration-title">
      <form onSubmit={submit}>
        <DialogTitle id="create-administration-title">{translate('aic.administrationPicker.createTitle')}</DialogTitle>
        <DialogContent>
          <TextField label={translate('resources.organisations.fields.name')} value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
          <TextField select label={translate('resources.organisations.fields.kind')} value={kind} onChange={(e) => setKind(e.target.value)} required>
            {administrationKindChoices.map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>{translate(choice.name)}</MenuItem>
            ))}
          </TextField>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onCancel} />
          <Button label="ra.action.create" type="submit" variant="contained" disabled={isPending || name.trim() === ''} />
        </DialogActions>
      </form>
    </Dialog>
  );
};
