import { useCallback, useState } from 'react';
import { type HttpError, useCreate, useDataProvider, useNotify, useUpdate } from 'react-admin';
import { type EnvelopeExcess, envelopeExcessOf } from '../../../funding/grants/envelope/envelopeExcess';
import type { BriefingCommittee, BriefingItem } from '@aic/domain';

export interface DecisionValues {
  outcome: string;
  conditions?: string | null;
  rationale?: string | null;
  fundingGranted?: number | null;
}

/**
 * Creates or updates the decision of the agenda item shown. A 409 "envelope exceeded" keeps the figures and the
 * values so that the programme lead can resubmit them with `overrideEnvelope: true`.
 */
export const useSaveDecision = (committee: BriefingCommittee, item: BriefingItem, onSaved: () => void) => {
  const [create] = useCreate();
  const [update] = useUpdate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const [pending, setPending] = useState<{ excess: EnvelopeExcess; values: DecisionValues } | null>(null);

  const save = useCallback(
    async (values: DecisionValues, overrideEnvelope = false) => {
      const data = {
        committeeId: committee.id,
        laureateId: item.laureate.id,
        outcome: values.outcome,
        conditions: values.conditions || null,
        rationale: values.rationale || null,
        fundingGranted: values.fundingGranted ?? 0,
        ...(overrideEnvelope ? { overrideEnvelope: true } : {}),
      };
      const options = { mutationMode: 'pessimistic', returnPromise: true } as const;
      try {
        if (item.decision) {
          const { id } = item.decision;
          // The API keeps a decision PUT even when it answers 409 "envelope exceeded": confirm on the stored version.
          const version = overrideEnvelope ? (await dataProvider.getOne('decisions', { id })).data.version : item.decision.version;
          await update('decisions', { id, data: { ...data, version }, previousData: { id } }, options);
        } else {
          await create('decisions', { data }, options);
        }
      } catch (error) {
        const excess = envelopeExcessOf(error);
        if (excess) return void setPending({ excess, values });
        const fieldErrors = (error as HttpError)?.body?.errors;
        if (fieldErrors) return fieldErrors as Record<string, string>;
        return void notify((error as Error)?.message || 'ra.notification.http_error', { type: 'error' });
      }
      setPending(null);
      notify('aic.run.saved', { type: 'success', messageArgs: { name: item.laureate.name } });
      onSaved();
    },
    [committee.id, item, create, update, notify, onSaved, dataProvider],
  );

  const confirmOverride = useCallback(() => pending && save(pending.values, true), [pending, save]);
  return { save, pending, confirmOverride, cancelOverride: () => setPending(null) };
};
