import { useState } from 'react';
import { Confirm, type HttpError, Link, useNotify, useTranslate } from 'react-admin';
import { httpClient } from '../../dataProvider';
import { changeStatus } from '../common/applicationStatus';
import { selectionApi } from '../common/selectionApi';
import type { RankingEntry } from './rankingData';

/**
 * What the lead decides from the ranking: select a shortlisted application, then promote a selected one (after a
 * confirmation: it creates the laureate, its carrier and contact); a promoted one links to its laureate.
 */
export const RankingActions = ({ entry, onChange }: { entry: RankingEntry; onChange: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const name = entry.projectName;

  const run = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await action();
      notify(done, { type: 'success', messageArgs: { name } });
      onChange();
    } catch (error) {
      notify((error as HttpError).message, { type: 'error' });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  if (entry.laureateId != null) {
    return <Link to={`/laureates/${entry.laureateId}/show`}>{translate('aic.selection.ranking.seeLaureate', { name })}</Link>;
  }
  if (entry.status === 'shortlisted') {
    return (
      <button
        type="button"
        className="fr-btn fr-btn--sm fr-btn--secondary"
        disabled={busy}
        aria-label={translate('aic.selection.ranking.selectOf', { name })}
        onClick={() => void run(() => changeStatus([entry.applicationId], 'selected', null), 'aic.selection.ranking.selected')}
      >
        {translate('aic.selection.ranking.select')}
      </button>
    );
  }
  if (entry.status !== 'selected') return null;
  return (
    <>
      <button
        type="button"
        className="fr-btn fr-btn--sm"
        disabled={busy}
        aria-label={translate('aic.selection.ranking.promoteOf', { name })}
        onClick={() => setConfirming(true)}
      >
        {translate('aic.selection.ranking.promote')}
      </button>
      <Confirm
        isOpen={confirming}
        loading={busy}
        title={translate('aic.selection.ranking.promoteTitle', { name })}
        content={translate('aic.selection.ranking.promoteContent')}
        confirm={translate('aic.selection.ranking.promote')}
        onConfirm={() => void run(() => httpClient(selectionApi.promote(entry.applicationId), { method: 'POST', body: '{}' }), 'aic.selection.ranking.promoted')}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};
