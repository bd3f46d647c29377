import DashboardIcon from '@mui/icons-material/Dashboard';
import { Badge } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useAlertCount } from './useAlerts';

/** The home entry of the menu with the number of alerts waiting there (announced to screen readers too). */
export const AlertsBadgeIcon = () => {
  const count = useAlertCount();
  return (
    <Badge badgeContent={count} color="error" max={99} data-alert-count={count} overlap="circular">
      <DashboardIcon />
    </Badge>
  );
};

export const HomeMenuText = () => {
  const translate = useTranslate();
  const count = useAlertCount();
  return (
    <>
      {translate('ra.page.dashboard')}
      {count > 0 && <span className="fr-sr-only"> ({translate('aic.alerts.badge', { smart_count: count })})</span>}
    </>
  );
};
