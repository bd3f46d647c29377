import { Alert, Box, Button as MuiButton, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import { type HttpError, useNotify, useTranslate } from 'react-admin';
import { useHasRole } from '../../../common/permissions';
import { useApiGet } from '../../../common/useApiGet';
import { httpClient } from '../../../dataProvider';
import type { BriefingCommittee, BriefingItem, PhaseChange } from '@aic/domain';
import { ClosingDocuments } from './ClosingDocuments';
import { CloseCommitteeDialog, type ClosingOptions } from './CloseCommitteeDialog';
import { ClosingResult } from './ClosingResult';

interface Props {
  committee: BriefingCommittee;
  items: BriefingItem[];
  /** Changes whenever the briefing is reloaded (a decision saved): the preview is then asked again. */
  refreshKey: unknown;
  onClosed: () => void;
}

export const CLOSING_TITLE_ID = 'closing-title';

/** "Clôturer le comité": enabled once every laureate has a decision (the API's preview answers 422 until then). */
export const CloseCommittee = ({ committee, items, refreshKey, onClosed }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const canClose = useHasRole('admin', 'programme_lead');
  const open = committee.status !== 'closed';
  const preview = useApiGet<PhaseChange[]>(canClose && open ? `/api/committees/${committee.id}/closing-preview` : null, refreshKey);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [closing, setClosing] = useState(false);
  const [applied, setApplied] = useState<PhaseChange[] | null>(null);
  if (!canClose) return null;

  const close = async (options: ClosingOptions) => {
    setClosing(true);
    try {
      const { json } = await httpClient(`/api/committees/${committee.id}/close`, { method: 'POST', body: JSON.stringify(options) });
      setApplied((json as { changes: PhaseChange[] }).changes);
      onClosed();
    } catch (error) {
      notify('aic.closing.failed', { type: 'error', messageArgs: { message: (error as HttpError).message } });
    } finally {
      setClosing(false);
      setDialogOpen(false);
    }
  };

  const undecided: Array<{ name: string }> = preview.error?.status === 422 ? (preview.error.body?.undecided ?? []) : [];
  const ready = open && !preview.loading && preview.data !== undefined && !preview.error;
  return (
    <Card component="section" aria-labelledby="closing-title">
      <CardContent>
        <Typography id={CLOSING_TITLE_ID} tabIndex={-1} component="h2" variant="h5" sx={{ mb: 1, '&:focus': { outline: 'none' } }}>
          {translate('aic.closing.title')}
        </Typography>
        {!open || applied ? (
          <>
            <ClosingResult changes={applied} />
            {!open && <ClosingDocuments committee={committee} items={items} />}
          </>
        ) : (
          <>
            <MuiButton variant="contained" disabled={!ready} onClick={() => setDialogOpen(true)} aria-describedby="closing-status">
              {translate('aic.closing.button')}
            </MuiButton>
            <Box id="closing-status" sx={{ mt: 1 }}>
              {preview.loading && <Typography variant="body2">{translate('aic.closing.checking')}</Typography>}
              {undecided.length > 0 && (
                <Alert severity="info">
                  {translate('aic.closing.undecided')}
                  <ul className="fr-mb-0">
                    {undecided.map((laureate) => <li key={laureate.name}>{laureate.name}</li>)}
                  </ul>
                </Alert>
              )}
              {preview.error && preview.error.status !== 422 && <Alert severity="error">{preview.error.message}</Alert>}
            </Box>
            <CloseCommitteeDialog
              open={dialogOpen}
              changes={preview.data ?? []}
              plannedOn={committee.heldOn}
              closing={closing}
              onCancel={() => setDialogOpen(false)}
              onConfirm={close}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
};
