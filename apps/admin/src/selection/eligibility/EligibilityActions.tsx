import type { ApplicationRecord, ApplicationStatus } from '@aic/domain';
import { canMoveApplication } from '@aic/domain';
import { useState } from 'react';
import { type HttpError, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { changeStatus } from '../common/applicationStatus';

const ACTIONS: ReadonlyArray<{ status: ApplicationStatus; label: string; of: string; className: string }> = [
  { status: 'eligible', label: 'markEligible', of: 'markEligibleOf', className: 'fr-btn--secondary' },
  { status: 'ineligible', label: 'markIneligible', of: 'markIneligibleOf', className: 'fr-btn--tertiary' },
  { status: 'shortlisted', label: 'shortlist', of: 'shortlistOf', className: 'fr-btn--secondary' },
];

/** One application's eligibility in one click: its reason (kept, editable) and the moves its status allows. */
export const EligibilityActions = () => {
  const record = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [reason, setReason] = useState(record?.eligibilityReason ?? '');
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const name = record.projectName;
  const move = async (status: ApplicationStatus) => {
    setBusy(true);
    try {
      await changeStatus([record.id], status, reason);
      notify('aic.selection.eligibility.done', { type: 'success', messageArgs: { name } });
      refresh();
    } catch (error) {
      notify((error as HttpError).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div onClick={(event) => event.stopPropagation()} style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' }}>
      <input
        className="fr-input"
        style={{ minWidth: '14rem', flex: 1 }}
        aria-label={translate('aic.selection.eligibility.reasonOf', { name })}
        placeholder={translate('aic.selection.eligibility.reason')}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mb-0" style={{ flexWrap: 'nowrap' }}>
        {ACTIONS.filter((a) => a.status !== record.status && canMoveApplication(record.status, a.status)).map((a) => (
          <li key={a.status}>
            <button
              type="button"
              className={`fr-btn ${a.className} fr-mb-0`}
              disabled={busy}
              aria-label={translate(`aic.selection.eligibility.${a.of}`, { name })}
              onClick={() => void move(a.status)}
            >
              {translate(`aic.selection.eligibility.${a.label}`)}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
};
