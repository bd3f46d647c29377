import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, Radio, RadioGroup, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import type { PhaseChange } from '@aic/domain';
import { todayIso as today, useFormatDate } from '../../../accompaniment/laureates/useFormatDate';
import { PhaseChangeList } from './PhaseChangeList';

export interface ClosingOptions {
  heldOn: string;
  openActions: 'cancel' | 'keep';
}

interface Props {
  open: boolean;
  changes: PhaseChange[];
  /** The committee's planned date. */
  plannedOn: string | null;
  closing: boolean;
  onCancel: () => void;
  onConfirm: (options: ClosingOptions) => void;
}

/** Confirmation listing the phase changes that closing will apply, the day it was held and what becomes of open actions. */
export const CloseCommitteeDialog = ({ open, changes, plannedOn, closing, onCancel, onConfirm }: Props) => {
  const translate = useTranslate();
  const formatDate = useFormatDate();
  const early = plannedOn !== null && plannedOn > today();
  const [heldOn, setHeldOn] = useState(early || !plannedOn ? today() : plannedOn);
  const [openActions, setOpenActions] = useState<ClosingOptions['openActions']>('cancel');
  const openCount = changes.reduce((sum, change) => sum + change.openActions, 0);
  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(heldOn) && heldOn <= today();
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="close-dialog-title" aria-describedby="close-dialog-intro">
      <DialogTitle id="close-dialog-title">{translate('aic.closing.dialogTitle')}</DialogTitle>
      <DialogContent>
        {early && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('aic.closing.early', { date: formatDate(plannedOn) })}
          </Alert>
        )}
        <Typography id="close-dialog-intro">{translate('aic.closing.dialogIntro')}</Typography>
        <PhaseChangeList changes={changes} />
        <TextField
          type="date"
          label={translate('aic.closing.heldOn')}
          value={heldOn}
          onChange={(event) => setHeldOn(event.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today() } }}
          error={!validDate}
          helperText={translate(validDate ? 'aic.closing.heldOnHelp' : 'aic.closing.heldOnInvalid')}
          sx={{ my: 2 }}
        />
        {openCount > 0 && (
          <fieldset className="fr-fieldset" aria-describedby="open-actions-help">
            <legend className="fr-fieldset__legend">{translate('aic.closing.openActions', { smart_count: openCount })}</legend>
            <RadioGroup value={openActions} onChange={(event) => setOpenActions(event.target.value as ClosingOptions['openActions'])}>
              <FormControlLabel value="cancel" control={<Radio />} label={translate('aic.closing.cancelOpenActions')} />
              <FormControlLabel value="keep" control={<Radio />} label={translate('aic.closing.keepOpenActions')} />
            </RadioGroup>
            <Typography id="open-actions-help" variant="body2">{translate('aic.closing.openActionsHelp')}</Typography>
          </fieldset>
        )}
        <Typography variant="body2">{translate('aic.closing.irreversible')}</Typography>
      </DialogContent>
      <DialogActions>
        <Button label="aic.closing.cancel" onClick={onCancel} disabled={closing} />
        <Button label="aic.closing.confirm" variant="contained" onClick={() => onConfirm({ heldOn, openActions })} disabled={closing || !validDate} />
      </DialogActions>
    </Dialog>
  );
};
