import { useCallback, useState } from 'react';
import { type HttpError, useNotify } from 'react-admin';
import { type EnvelopeExcess, envelopeExcessOf } from './envelopeExcess';

export interface EnvelopeGuard {
  excess: EnvelopeExcess | null;
  clear: () => void;
  onError: (error: unknown) => void;
}

/**
 * For a <Create>/<Edit> whose save may exceed the season's envelope: keeps the 409's figures for
 * <EnvelopeOverride>; any other error is notified as react-admin would (field errors stay on the fields).
 */
export const useEnvelopeGuard = (): EnvelopeGuard => {
  const notify = useNotify();
  const [excess, setExcess] = useState<EnvelopeExcess | null>(null);
  const onError = useCallback(
    (error: unknown) => {
      const figures = envelopeExcessOf(error);
      setExcess(figures);
      if (figures) return;
      const fieldErrors = (error as HttpError)?.body?.errors;
      if (fieldErrors && Object.keys(fieldErrors).length > 0) return;
      notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
    },
    [notify],
  );
  const clear = useCallback(() => setExcess(null), []);
  return { excess, clear, onError };
};
