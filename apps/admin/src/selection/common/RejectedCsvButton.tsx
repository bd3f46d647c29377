import { useState } from 'react';
import { type HttpError, useNotify, useTranslate } from 'react-admin';
import { getToken } from '../../authStorage';
import { saveFile } from '../../common/download';
import { withUiLanguage } from '../../i18n';
import { selectionApi } from './selectionApi';

/** The ineligible and rejected applications of a season with their contact's e-mail, as a CSV file to answer them. */
export const RejectedCsvButton = ({ seasonId }: { seasonId: number }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const response = await fetch(selectionApi.rejectedCsv(seasonId), { headers: withUiLanguage({ Authorization: `Bearer ${getToken()}`, Accept: 'text/csv' }) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const name = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? `candidatures-non-retenues-${seasonId}.csv`;
      saveFile(await response.blob(), name);
    } catch (error) {
      notify((error as HttpError).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary" disabled={busy} title={translate('aic.selection.rejectedCsvHint')} onClick={() => void download()}>
      {translate('aic.selection.rejectedCsv')}
    </button>
  );
};
