import { Alert } from '@mui/material';
import { useEffect, useRef } from 'react';
import { useTranslate } from 'react-admin';
import type { PhaseChange } from '@aic/domain';
import { PhaseChangeList } from './PhaseChangeList';

/** After closing: the phase changes just applied (focused, so that they are read out); later, a plain notice. */
export const ClosingResult = ({ changes }: { changes: PhaseChange[] | null }) => {
  const translate = useTranslate();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (changes) ref.current?.focus();
  }, [changes]);
  if (!changes) return <Alert severity="info">{translate('aic.closing.closed')}</Alert>;
  return (
    <Alert ref={ref} tabIndex={-1} severity="success">
      {translate('aic.closing.done')}
      <PhaseChangeList changes={changes} />
    </Alert>
  );
};
