import { type AlertRecord, alertsTotal } from '@aic/domain';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-admin';
import { useApiGet } from '../../common/useApiGet';

interface Alerts {
  /** The alerts, on the home page (which lists them); undefined elsewhere and while they load. */
  list: AlertRecord[] | undefined;
  /** How many there are (the menu's badge): the last figure known. */
  count: number;
}

const AlertsContext = createContext<Alerts>({ list: undefined, count: 0 });

/** The home page (react-admin's dashboard): the one that lists the alerts. */
const HOME = '/';

/**
 * The signed-in person's alerts, read once per navigation (an exchange logged elsewhere clears one) for the menu's badge
 * and the home page together: the list on the home page, whose kinds' totals give the count; the count alone elsewhere.
 * (Each reader asking for itself made two or three requests of the same computation per page.)
 */
export const AlertsProvider = ({ children }: { children: ReactNode }) => {
  const { pathname } = useLocation();
  const home = pathname === HOME;
  const listed = useApiGet<AlertRecord[]>(home ? '/api/alerts' : null, pathname);
  const counted = useApiGet<{ count: number }>(home ? null : '/api/alerts/count', pathname);
  const latest = home ? listed.data && alertsTotal(listed.data) : counted.data?.count;
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (latest !== undefined) setCount(latest);
  }, [latest]);
  const value = useMemo(() => ({ list: home ? listed.data : undefined, count }), [home, listed.data, count]);
  return <AlertsContext.Provider value={value}>{children}</AlertsContext.Provider>;
};

export const useAlerts = () => useContext(AlertsContext).list;

export const useAlertCount = () => useContext(AlertsContext).count;
