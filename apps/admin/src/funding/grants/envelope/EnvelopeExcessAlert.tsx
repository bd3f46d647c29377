import { Alert, AlertTitle, Stack } from '@mui/material';
import { type ReactNode, useEffect, useRef } from 'react';
import { Button, useTranslate } from 'react-admin';
import { useHasRole } from '../../../common/permissions';
import type { EnvelopeExcess } from './envelopeExcess';
import { EnvelopeFigures } from './EnvelopeFigures';

interface Props {
  excess: EnvelopeExcess;
  /** The action that resubmits with `overrideEnvelope: true` (only a programme lead may). */
  confirm: ReactNode;
  onCancel: () => void;
}

/** Shown after a 409 "envelope exceeded": the figures, then confirm the override or go back to the form. */
export const EnvelopeExcessAlert = ({ excess, confirm, onCancel }: Props) => {
  const translate = useTranslate();
  const isLead = useHasRole('programme_lead');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [excess]);
  return (
    <Alert ref={ref} tabIndex={-1} severity="warning" sx={{ my: 2 }}>
      <AlertTitle>{translate('aic.envelope.title')}</AlertTitle>
      {translate('aic.envelope.intro')}
      <EnvelopeFigures excess={excess} />
      {!isLead && <p className="fr-mb-1w">{translate('aic.envelope.leadOnly')}</p>}
      <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
        {isLead && confirm}
        <Button label="aic.envelope.cancel" variant="outlined" onClick={onCancel} />
      </Stack>
    </Alert>
  );
};
