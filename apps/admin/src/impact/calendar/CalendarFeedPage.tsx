import { Alert, Box, Button, Card, CardContent, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { type HttpError, Title, useNotify, useTranslate } from 'react-admin';
import { httpClient } from '../../dataProvider';
import { useApiGet } from '../../common/useApiGet';

interface FeedStatus {
  active: boolean;
  createdAt: string | null;
}

/**
 * `/calendar-feed`: the signed-in person's secret iCalendar address. The API stores only its hash, so the address is
 * shown once, when created; regenerating replaces it, revoking ends every subscription.
 */
export const CalendarFeedPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [address, setAddress] = useState<string | null>(null);
  const status = useApiGet<FeedStatus>('/api/account/calendar-feed', address);
  const failed = (error: unknown) => notify((error as HttpError).message ?? 'ra.notification.http_error', { type: 'error' });
  const regenerate = () =>
    httpClient('/api/account/calendar-feed', { method: 'POST' }).then(({ json }) => setAddress(`${window.location.origin}${(json as { path: string }).path}`), failed);
  const revoke = () =>
    httpClient('/api/account/calendar-feed', { method: 'DELETE' }).then(() => {
      setAddress(null);
      status.refetch();
      notify('aic.calendar.revoked', { type: 'info' });
    }, failed);
  const active = status.data?.active ?? false;
  return (
    <Card sx={{ maxWidth: 720, mt: 2 }}>
      <Title title="aic.calendar.title" />
      <CardContent>
        <Typography component="h2" variant="h5" sx={{ mb: 1 }}>
          {translate('aic.calendar.title')}
        </Typography>
        <Typography sx={{ mb: 2 }}>{translate('aic.calendar.intro')}</Typography>
        {address ? (
          <>
            <TextField
              id="calendar-feed-address"
              label={translate('aic.calendar.address')}
              value={address}
              fullWidth
              slotProps={{ input: { readOnly: true } }}
              onFocus={(event) => event.target.select()}
            />
            <Alert severity="warning" sx={{ mt: 1 }}>
              {translate('aic.calendar.warning')}
            </Alert>
          </>
        ) : (
          status.data && (
            <Typography sx={{ mb: 1 }}>
              {active ? translate('aic.calendar.active', { date: new Date(status.data.createdAt!).toLocaleDateString('fr-FR') }) : translate('aic.calendar.inactive')}
            </Typography>
          )
        )}
        <Box sx={{ display: 'flex', gap: 2, mt: 2 }}>
          <Button variant="contained" onClick={regenerate}>
            {translate(active || address ? 'aic.calendar.regenerate' : 'aic.calendar.create')}
          </Button>
          {(active || address) && (
            <Button variant="outlined" color="error" onClick={revoke}>
              {translate('aic.calendar.revoke')}
            </Button>
          )}
        </Box>
      </CardContent>
    </Card>
  );
};
