import { Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import type { PhaseChange } from '@aic/domain';
import { PhaseChangeList } from './PhaseChangeList';

interface Props {
  open: boolean;
  changes: PhaseChange[];
  closing: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

/** Confirmation listing the phase changes that closing will apply. */
export const CloseCommitteeDialog = ({ open, changes, closing, onCancel, onConfirm }: Props) => {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="close-dialog-title" aria-describedby="close-dialog-intro">
      <DialogTitle id="close-dialog-title">{translate('aic.closing.dialogTitle')}</DialogTitle>
      <DialogContent>
        <Typography id="close-dialog-intro">{translate('aic.closing.dialogIntro')}</Typography>
        <PhaseChangeList changes={changes} />
        <Typography variant="body2">{translate('aic.closing.irreversible')}</Typography>
      </DialogContent>
      <DialogActions>
        <Button label="aic.closing.cancel" onClick={onCancel} disabled={closing} />
        <Button label="aic.closing.confirm" variant="contained" onClick={onConfirm} disabled={closing} />
      </DialogActions>
    </Dialog>
  );
};
