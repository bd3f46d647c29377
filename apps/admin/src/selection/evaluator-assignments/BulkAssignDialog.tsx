import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { type HttpError, useGetList, useNotify, useRefresh, useTranslate } from 'react-admin';
import { httpClient } from '../../dataProvider';
import { selectionApi } from '../common/selectionApi';

/**
 * "Each shortlisted application of this call to N jury members and M citizens, balanced": the API picks the least
 * loaded evaluators first, never the same one twice on an application, and keeps the assignments already made.
 */
export const BulkAssignButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [callId, setCallId] = useState<number | ''>('');
  const [jury, setJury] = useState(3);
  const [citizen, setCitizen] = useState(3);
  const { data: calls = [] } = useGetList('calls', { sort: { field: 'opensOn', order: 'DESC' }, pagination: { page: 1, perPage: 100 } }, { enabled: open });
  const submit = async () => {
    if (callId === '') return;
    setBusy(true);
    try {
      const { json } = await httpClient(selectionApi.bulkAssign, { method: 'POST', body: JSON.stringify({ callId, juryCount: jury, citizenCount: citizen }) });
      const result = json as { created: number; shortfall: Array<{ missing: number }> };
      const missing = result.shortfall.reduce((sum, s) => sum + s.missing, 0);
      // Too few evaluators in a panel: say how many assignments could not be made, rather than a plain success.
      if (missing > 0) notify('aic.selection.assign.shortfall', { type: 'warning', messageArgs: { smart_count: result.created, missing } });
      else notify('aic.selection.assign.done', { type: 'success', messageArgs: { smart_count: result.created } });
      setOpen(false);
      refresh();
    } catch (error) {
      notify((error as HttpError).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <MuiButton size="small" onClick={() => setOpen(true)}>
        {translate('aic.selection.assign.bulk')}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="bulk-assign-title" aria-describedby="bulk-assign-intro">
        <DialogTitle id="bulk-assign-title">{translate('aic.selection.assign.bulkTitle')}</DialogTitle>
        <DialogContent>
          <p id="bulk-assign-intro">{translate('aic.selection.assign.bulkIntro')}</p>
          <TextField select fullWidth required id="bulk-assign-call" label={translate('aic.selection.assign.call')} value={callId} onChange={(e) => setCallId(Number(e.target.value))} sx={{ my: 1 }}>
            {calls.map((call) => (
              <MenuItem key={call.id} value={call.id}>
                {call.title}
              </MenuItem>
            ))}
          </TextField>
          <TextField type="number" fullWidth id="bulk-assign-jury" label={translate('aic.selection.assign.jury')} value={jury} onChange={(e) => setJury(Math.max(0, Number(e.target.value)))} slotProps={{ htmlInput: { min: 0, max: 20 } }} sx={{ my: 1 }} />
          <TextField type="number" fullWidth id="bulk-assign-citizens" label={translate('aic.selection.assign.citizens')} value={citizen} onChange={(e) => setCitizen(Math.max(0, Number(e.target.value)))} slotProps={{ htmlInput: { min: 0, max: 20 } }} sx={{ my: 1 }} />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" disabled={busy || callId === ''} onClick={() => void submit()}>
            {translate('aic.selection.assign.submit')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
