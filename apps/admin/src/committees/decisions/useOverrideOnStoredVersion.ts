import { useCallback } from 'react';
import { useDataProvider } from 'react-admin';

/**
 * The confirmation of an envelope override for a decision, resubmitted on top of the stored version: the API
 * currently keeps a decision PUT even when it answers 409 "envelope exceeded" (its version moves on). Harmless once
 * the API rolls that PUT back.
 */
export const useOverrideOnStoredVersion = () => {
  const dataProvider = useDataProvider();
  return useCallback(
    async (data: Record<string, unknown>) => {
      const { data: stored } = await dataProvider.getOne('decisions', { id: data.id as number });
      return { ...data, version: stored.version, overrideEnvelope: true };
    },
    [dataProvider],
  );
};
