import { alertsTotal } from '@aic/domain';
import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { AlertList } from './AlertList';
import { useAlerts } from './useAlerts';

/** On the home page of whoever must act: what waits for them, computed by the API on read. */
export const AlertsPanel = () => {
  const translate = useTranslate();
  const data = useAlerts();
  return (
    <Card component="section" aria-labelledby="alerts-title" sx={{ mb: 3 }}>
      <CardContent>
        <Typography id="alerts-title" component="h2" variant="h5">
          {translate('aic.alerts.title')}
          {data && data.length > 0 ? ` (${alertsTotal(data)})` : ''}
        </Typography>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate('aic.alerts.hint')}
        </Typography>
        {data && <AlertList alerts={data} empty="aic.alerts.empty" />}
      </CardContent>
    </Card>
  );
};
