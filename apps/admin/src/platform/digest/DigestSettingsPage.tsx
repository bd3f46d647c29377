import { Card, CardContent } from '@mui/material';
import { useEffect, useState } from 'react';
import { type HttpError, Title, useNotify, useTranslate } from 'react-admin';
import { httpClient } from '../../dataProvider';

/** Whether the signed-in user receives Monday's digest of what needs them (managers and leads). */
export const DigestSettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [weeklyDigest, setWeeklyDigest] = useState<boolean | null>(null);

  useEffect(() => {
    httpClient('/api/account/digest').then(({ json }) => setWeeklyDigest((json as { weeklyDigest: boolean }).weeklyDigest));
  }, []);

  const change = async (value: boolean) => {
    try {
      const { json } = await httpClient('/api/account/digest', { method: 'PUT', body: JSON.stringify({ weeklyDigest: value }) });
      setWeeklyDigest((json as { weeklyDigest: boolean }).weeklyDigest);
      notify(value ? 'aic.digest.on' : 'aic.digest.off', { type: 'success' });
    } catch (error) {
      notify((error as HttpError).message ?? 'ra.notification.http_error', { type: 'error' });
    }
  };

  return (
    <Card sx={{ maxWidth: 640 }}>
      <Title title="aic.digest.title" />
      <CardContent>
        <p>{translate('aic.digest.intro')}</p>
        {weeklyDigest !== null && (
          <div className="fr-toggle">
            <input type="checkbox" className="fr-toggle__input" id="weekly-digest" checked={weeklyDigest} onChange={(e) => change(e.target.checked)} />
            <label className="fr-toggle__label" htmlFor="weekly-digest" data-fr-checked-label={translate('aic.digest.checked')} data-fr-unchecked-label={translate('aic.digest.unchecked')}>
              {translate('aic.digest.label')}
            </label>
          </div>
        )}
      </CardContent>
    </Card>
  );
};
