import type { AlertRecord } from '@aic/domain';
import { useLocation } from 'react-admin';
import { useApiGet } from '../../common/useApiGet';

/** The signed-in person's alerts, read again on every navigation (an exchange logged elsewhere clears one). */
export const useAlerts = () => useApiGet<AlertRecord[]>('/api/alerts', useLocation().pathname);

export const useAlertCount = () => useApiGet<{ count: number }>('/api/alerts/count', useLocation().pathname).data?.count ?? 0;
