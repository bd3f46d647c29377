import type { ApplicationStatus } from '@aic/domain';
import { useState } from 'react';
import { type HttpError, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { changeStatus } from '../common/applicationStatus';

const BULK: ReadonlyArray<{ status: ApplicationStatus; label: string }> = [
  { status: 'eligible', label: 'bulkEligible' },
  { status: 'ineligible', label: 'bulkIneligible' },
  { status: 'shortlisted', label: 'bulkShortlist' },
];

/** The selected applications to one status with a common reason; all or nothing, as the API does it. */
export const EligibilityBulkActions = () => {
  const { selectedIds } = useListContext();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('applications', 'eligibility');
  if (selectedIds.length === 0) return null;
  const move = async (status: ApplicationStatus) => {
    setBusy(true);
    try {
      const count = await changeStatus(selectedIds.map(Number), status, reason);
      notify('aic.selection.eligibility.bulkDone', { type: 'success', messageArgs: { smart_count: count } });
      unselectAll();
      setReason('');
      refresh();
    } catch (error) {
      notify((error as HttpError).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div role="region" aria-label={translate('aic.selection.eligibility.bulkTitle', { smart_count: selectedIds.length })} className="fr-mx-2w fr-my-1w" style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <strong>{translate('aic.selection.eligibility.bulkTitle', { smart_count: selectedIds.length })}</strong>
      <label className="fr-label" htmlFor="bulk-reason">
        {translate('aic.selection.eligibility.bulkReason')}
      </label>
      <input id="bulk-reason" className="fr-input" style={{ width: '18rem' }} value={reason} onChange={(event) => setReason(event.target.value)} />
      {BULK.map((b) => (
        <button key={b.status} type="button" className="fr-btn fr-btn--sm fr-btn--secondary" disabled={busy} onClick={() => void move(b.status)}>
          {translate(`aic.selection.eligibility.${b.label}`)}
        </button>
      ))}
    </div>
  );
};
